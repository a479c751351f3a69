def drop_repeated_words(text: str) -> str:
    if text == "":
        return ""
    words = text.split(" ")
    result = [words[0]]
    for before, word in zip(words, words[1:]):
        if before.lower() != word.lower():
            result.append(word)
    return " ".join(result)
