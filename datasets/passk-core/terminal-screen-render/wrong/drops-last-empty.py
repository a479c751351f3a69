# mistake: splits the text into lines like str.splitlines, losing a last empty line
from typing import List
def render(output: str) -> List[str]:
    result = []
    for raw in output.splitlines() or [""]:
        line, column = [], 0
        for ch in raw:
            if ch == "\b":
                column = max(column - 1, 0)
            elif ch == "\t":
                column = column // 8 * 8 + 8
            else:
                while len(line) <= column:
                    line.append(" ")
                line[column] = ch
                column += 1
        result.append("".join(line).rstrip(" "))
    return result
