# mistake: merges lines with the same message even when their component differs
from typing import List


def summarize_log(lines: List[str], min_level: str) -> List[str]:
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    entries = []
    for line in lines:
        body = line[11:]
        level, rest = body.split(" ", 1)
        if order.index(level) < order.index(min_level):
            continue
        key = (level, rest.split(": ", 1)[1])
        if entries and entries[-1][3] == key:
            entries[-1][2] += 1
        else:
            entries.append([line[1:9], body, 1, key])
    return [t + " " + b + (" (x%d)" % n if n > 1 else "") for t, b, n, _ in entries]
