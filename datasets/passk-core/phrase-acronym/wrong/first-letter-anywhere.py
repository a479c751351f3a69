# mistake: takes the first letter of a word even when the word starts with a digit or punctuation
from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    small = {w.lower() for w in minor}
    words = [w for w in phrase.replace("-", " ").split(" ") if w]
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in small:
            continue
        letters = [ch for ch in w if ch.isalpha()]
        if letters:
            out.append(letters[0].upper())
    return "".join(out)
