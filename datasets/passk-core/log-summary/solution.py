from typing import List


def summarize_log(lines: List[str], min_level: str) -> List[str]:
    order = ["DEBUG", "INFO", "WARN", "ERROR"]
    threshold = order.index(min_level)
    entries = []
    for line in lines:
        body = line[11:]
        if order.index(body.partition(" ")[0]) < threshold:
            continue
        if entries and entries[-1][1] == body:
            entries[-1][2] += 1
        else:
            entries.append([line[1:9], body, 1])
    result = []
    for time, body, count in entries:
        text = time + " " + body
        if count > 1:
            text += " (x" + str(count) + ")"
        result.append(text)
    return result
