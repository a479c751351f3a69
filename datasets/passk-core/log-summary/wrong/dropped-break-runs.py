# mistake: a dropped line still interrupts a run, so repeats around it are not merged
from typing import List


def summarize_log(lines: List[str], min_level: str) -> List[str]:
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    entries = []
    previous = None
    for line in lines:
        body = line[11:]
        if order.index(body.split(" ")[0]) < order.index(min_level):
            previous = None
            continue
        if previous == body:
            entries[-1][2] += 1
        else:
            entries.append([line[1:9], body, 1])
        previous = body
    return [t + " " + b + (" (x%d)" % n if n > 1 else "") for t, b, n in entries]
