import re
from typing import List

LINE = re.compile(r"\[(\d\d:\d\d:\d\d)\] (DEBUG|INFO|WARN|ERROR) ([^ :]+): (.*)", re.S)
RANK = {"DEBUG": 0, "INFO": 1, "WARN": 2, "ERROR": 3}


def summarize_log(lines: List[str], min_level: str) -> List[str]:
    runs = []
    for line in lines:
        time, level, component, message = LINE.fullmatch(line).groups()
        if RANK[level] < RANK[min_level]:
            continue
        key = (level, component, message)
        if runs and runs[-1]["key"] == key:
            runs[-1]["count"] += 1
        else:
            runs.append({"key": key, "time": time, "count": 1})
    out = []
    for run in runs:
        level, component, message = run["key"]
        entry = "%s %s %s: %s" % (run["time"], level, component, message)
        out.append(entry if run["count"] == 1 else "%s (x%d)" % (entry, run["count"]))
    return out
