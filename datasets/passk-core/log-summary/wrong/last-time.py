# mistake: shows the time of the last line of a run instead of the first
from typing import List


def summarize_log(lines: List[str], min_level: str) -> List[str]:
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    entries = []
    for line in lines:
        body = line[11:]
        if order.index(body.split(" ")[0]) < order.index(min_level):
            continue
        if entries and entries[-1][1] == body:
            entries[-1][2] += 1
            entries[-1][0] = line[1:9]
        else:
            entries.append([line[1:9], body, 1])
    return [t + " " + b + (" (x%d)" % n if n > 1 else "") for t, b, n in entries]
