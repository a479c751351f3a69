# mistake: removes every word seen anywhere before, not only a word equal to the one right before it
def drop_repeated_words(text: str) -> str:
    seen = set()
    kept = []
    for word in text.split(" "):
        if word.lower() not in seen:
            kept.append(word)
            seen.add(word.lower())
    return " ".join(kept)
