# mistake: makes a tab write spaces over the cells it passes
from typing import List
def render(output: str) -> List[str]:
    lines, column = [[]], 0
    for ch in output:
        line = lines[-1]
        if ch == "\n":
            lines.append([])
            column = 0
        elif ch == "\r":
            column = 0
        elif ch == "\b":
            column = max(column - 1, 0)
        else:
            text = " " * (column // 8 * 8 + 8 - column) if ch == "\t" else ch
            for piece in text:
                while len(line) <= column:
                    line.append(" ")
                line[column] = piece
                column += 1

    return ["".join(line).rstrip(" ") for line in lines]
