# mistake: compares words exactly, so "Go go" keeps both words
def drop_repeated_words(text: str) -> str:
    words = text.split(" ")
    return " ".join(w for i, w in enumerate(words) if i == 0 or w != words[i - 1])
