# mistake: skips a minor word even when it is the first word of the phrase
from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    small = {w.lower() for w in minor}
    words = [w for w in phrase.replace("-", " ").split(" ") if w]
    return "".join(w[0].upper() for w in words if w.lower() not in small and w[0].isalpha())
