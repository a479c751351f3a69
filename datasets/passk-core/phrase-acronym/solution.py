from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    small = {word.lower() for word in minor}
    words = [word for word in phrase.replace("-", " ").split(" ") if word]
    letters = []
    for index, word in enumerate(words):
        if index > 0 and word.lower() in small:
            continue
        if word[0].isalpha():
            letters.append(word[0].upper())
    return "".join(letters)
