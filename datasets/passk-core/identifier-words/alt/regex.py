import re
from typing import List
def identifier_words(name: str) -> List[str]:
    words: List[str] = []
    for part in re.split(r"[-_]+", name):
        spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", part)
        words.extend(w.lower() for w in spaced.split())
    return words
