from typing import List


def format_table(rows: List[List[str]]) -> List[str]:
    def is_number(cell):
        digits = "0123456789"
        if cell.startswith("-"):
            cell = cell[1:]
        parts = cell.split(".")
        return len(parts) <= 2 and all(part != "" and all(ch in digits for ch in part) for part in parts)

    columns = list(zip(*rows))
    rendered_columns = []
    for column in columns:
        width = max(len(cell) for cell in column)
        data = column[1:]
        right = len(data) > 0 and all(is_number(cell) for cell in data)
        pad = (lambda s: s.rjust(width)) if right else (lambda s: s.ljust(width))
        rendered_columns.append([pad(column[0]), "-" * width] + [pad(cell) for cell in data])
    result = []
    for line_cells in zip(*rendered_columns):
        line = "  ".join(line_cells)
        while line.endswith(" "):
            line = line[:-1]
        result.append(line)
    return result
