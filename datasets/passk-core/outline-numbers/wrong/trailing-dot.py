# mistake: writes every number with a dot after it ("1. Intro", "1.1. Goals")
from typing import List
def number_outline(outline: list) -> List[str]:
    lines = []

    def walk(items, prefix):
        n = 0
        for item in items:
            if isinstance(item, list):
                walk(item, prefix + str(n) + ".")
            else:
                n += 1
                lines.append(prefix + str(n) + ". " + item)

    walk(outline, "")
    return lines
