# mistake: splits words at spaces only, so a hyphenated word gives a single letter
from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    small = {w.lower() for w in minor}
    words = phrase.split()
    return "".join(w[0].upper() for i, w in enumerate(words) if (i == 0 or w.lower() not in small) and w[0].isalpha())
