def drop_repeated_words(text: str) -> str:
    words = text.split(" ")
    kept = []
    for index, word in enumerate(words):
        if index == 0 or word.lower() != words[index - 1].lower():
            kept.append(word)
    return " ".join(kept)
