# mistake: a cell is numeric when float() accepts it, so "+3", "3.", ".5" and " 7" count as numbers
from typing import List


def format_table(rows: List[List[str]]) -> List[str]:
    def numeric(cell):
        try:
            float(cell)
        except ValueError:
            return False
        return True

    count = len(rows[0])
    widths = [max(len(row[c]) for row in rows) for c in range(count)]
    right = [all(numeric(row[c]) for row in rows[1:]) for c in range(count)]
    out = []
    for row in rows[:1] + [["-" * w for w in widths]] + rows[1:]:
        cells = [row[c].rjust(widths[c]) if right[c] else row[c].ljust(widths[c]) for c in range(count)]
        out.append("  ".join(cells).rstrip(" "))
    return out
