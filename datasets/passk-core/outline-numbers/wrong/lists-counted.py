# mistake: counts a sub-outline as an item too, so the heading after it skips a number
from typing import List
def number_outline(outline: list) -> List[str]:
    lines = []

    def walk(items, prefix):
        for n, item in enumerate(items, 1):
            if isinstance(item, list):
                walk(item, prefix + str(n - 1) + ".")
            else:
                lines.append(prefix + str(n) + " " + item)

    walk(outline, "")
    return lines
