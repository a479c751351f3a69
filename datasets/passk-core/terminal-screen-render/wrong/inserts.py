# mistake: inserts characters at the cursor instead of replacing what is there
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
        elif ch == "\t":
            column = column // 8 * 8 + 8
        else:
            while len(line) < column:
                line.append(" ")
            line.insert(column, ch)
            column += 1

    return ["".join(line).rstrip(" ") for line in lines]
