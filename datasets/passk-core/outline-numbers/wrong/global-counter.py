# mistake: keeps one counter for every level, so numbering does not restart inside a sub-outline
from typing import List
def number_outline(outline: list) -> List[str]:
    lines = []
    counter = [0]

    def walk(items, prefix):
        last = ""
        for item in items:
            if isinstance(item, list):
                walk(item, last + ".")
            else:
                counter[0] += 1
                last = prefix + str(counter[0])
                lines.append(last + " " + item)

    walk(outline, "")
    return lines
