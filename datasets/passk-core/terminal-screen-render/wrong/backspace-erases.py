# mistake: makes backspace delete the character before the cursor
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
            if column > 0:
                column -= 1
                if column < len(line):
                    del line[column]
        elif ch == "\t":
            column = column // 8 * 8 + 8
        else:
            while len(line) <= column:
                line.append(" ")
            line[column] = ch
            column += 1

    return ["".join(line).rstrip(" ") for line in lines]
