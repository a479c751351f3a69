# mistake: reads number-letter pairs in any order after "T"
import re
def duration_seconds(text):
    if not text.startswith("P"):
        return None
    date, _, clock = text[1:].partition("T")
    total = 0
    seen = False
    for part, units in ((date, {"D": 86400}), (clock, {"H": 3600, "M": 60, "S": 1})):
        pairs = re.findall(r"(\d+)([A-Z])", part)
        if "".join(n + u for n, u in pairs) != part:
            return None
        for n, u in pairs:
            if u not in units:
                return None
            total += int(n) * units[u]
            seen = True
    if not seen or (text.endswith("T")):
        return None
    return total
