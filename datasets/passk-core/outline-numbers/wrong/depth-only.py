# mistake: numbers a sub-heading with its parent's own position only, dropping the earlier levels
from typing import List
def number_outline(outline: list) -> List[str]:
    lines = []

    def walk(items, parent):
        n = 0
        for item in items:
            if isinstance(item, list):
                walk(item, str(n))
            else:
                n += 1
                lines.append((parent + "." if parent else "") + str(n) + " " + item)

    walk(outline, "")
    return lines
