import re
from typing import List


def make_acronym(phrase: str, minor: List[str]) -> str:
    lowered = [m.lower() for m in minor]
    result = ""
    for position, word in enumerate(re.findall(r"[^ \-]+", phrase)):
        skip = (position > 0 and word.lower() in lowered) or not word[0].isalpha()
        if not skip:
            result += word[0].upper()
    return result
