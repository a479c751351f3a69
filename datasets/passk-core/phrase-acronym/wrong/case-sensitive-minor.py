# mistake: compares words with the minor list case-sensitively, so "The" is not skipped for "the"
from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    words = [w for w in phrase.replace("-", " ").split(" ") if w]
    return "".join(w[0].upper() for i, w in enumerate(words) if (i == 0 or w not in minor) and w[0].isalpha())
