# mistake: of a run of repeated words keeps the last one's spelling instead of the first word
def drop_repeated_words(text: str) -> str:
    kept = []
    for word in text.split(" "):
        if kept and kept[-1].lower() == word.lower():
            kept[-1] = word
        else:
            kept.append(word)
    return " ".join(kept)
