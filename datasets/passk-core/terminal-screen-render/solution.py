from typing import List
def render(output: str) -> List[str]:
    lines = [[]]
    column = 0
    for ch in output:
        if ch == "\n":
            lines.append([])
            column = 0
        elif ch == "\r":
            column = 0
        elif ch == "\b":
            column = max(column - 1, 0)
        elif ch == "\t":
            column = column // 8 * 8 + 8
        else:
            line = lines[-1]
            if len(line) <= column:
                line.extend(" " * (column + 1 - len(line)))
            line[column] = ch
            column += 1
    return ["".join(line).rstrip(" ") for line in lines]
