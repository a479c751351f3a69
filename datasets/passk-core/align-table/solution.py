import re
from typing import List


def format_table(rows: List[List[str]]) -> List[str]:
    count = len(rows[0])
    widths = [max(len(row[c]) for row in rows) for c in range(count)]
    right = [all(re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", row[c]) for row in rows[1:]) for c in range(count)]

    def render(row):
        cells = [row[c].rjust(widths[c]) if right[c] else row[c].ljust(widths[c]) for c in range(count)]
        return "  ".join(cells).rstrip(" ")

    lines = [render(rows[0]), "  ".join("-" * width for width in widths).rstrip(" ")]
    for row in rows[1:]:
        lines.append(render(row))
    return lines
