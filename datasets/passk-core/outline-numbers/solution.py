from typing import List
def number_outline(outline: list) -> List[str]:
    lines = []

    def walk(items, prefix):
        count = 0
        for item in items:
            if isinstance(item, list):
                walk(item, prefix + str(count) + ".")
            else:
                count += 1
                lines.append(prefix + str(count) + " " + item)

    walk(outline, "")
    return lines
