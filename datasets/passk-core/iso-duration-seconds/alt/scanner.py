from typing import Optional
def duration_seconds(text: str) -> Optional[int]:
    if not text.startswith("P"):
        return None
    units = [("D", 86400, False), ("H", 3600, True), ("M", 60, True), ("S", 1, True)]
    total, pos, in_time, count, after_t = 0, 1, False, 0, 0
    number = ""
    next_unit = 0
    for ch in text[1:]:
        if ch.isdigit():
            number += ch
        elif ch == "T" and not number and not in_time:
            in_time = True
            next_unit = max(next_unit, 1)
        else:
            idx = next((i for i in range(next_unit, 4) if units[i][0] == ch and units[i][2] == in_time), None)
            if idx is None or not number:
                return None
            total += int(number) * units[idx][1]
            number = ""
            next_unit = idx + 1
            count += 1
            after_t += in_time
    if number or count == 0 or (in_time and after_t == 0):
        return None
    return total
