# mistake: tests numeric cells with str.isdigit, which also accepts digits outside ASCII such as "²"
import re
from typing import List


def format_table(rows: List[List[str]]) -> List[str]:
    def numeric(cell):
        body = cell[1:] if cell.startswith("-") else cell
        whole, dot, frac = body.partition(".")
        return whole.isdigit() and (not dot or frac.isdigit())

    count = len(rows[0])
    widths = [max(len(row[c]) for row in rows) for c in range(count)]
    right = [all(numeric(row[c]) for row in rows[1:]) for c in range(count)]
    out = []
    for row in rows[:1] + [["-" * w for w in widths]] + rows[1:]:
        cells = [row[c].rjust(widths[c]) if right[c] else row[c].ljust(widths[c]) for c in range(count)]
        out.append("  ".join(cells).rstrip(" "))
    return out
