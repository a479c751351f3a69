# mistake: a column is right-aligned only when its header is numeric too, though only data cells decide
import re
from typing import List


def format_table(rows: List[List[str]]) -> List[str]:
    count = len(rows[0])
    widths = [max(len(row[c]) for row in rows) for c in range(count)]
    right = [all(re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", row[c]) for row in rows) for c in range(count)]
    lines = []
    for row in rows[:1] + [["-" * w for w in widths]] + rows[1:]:
        cells = [row[c].rjust(widths[c]) if right[c] else row[c].ljust(widths[c]) for c in range(count)]
        lines.append("  ".join(cells).rstrip(" "))
    return lines
