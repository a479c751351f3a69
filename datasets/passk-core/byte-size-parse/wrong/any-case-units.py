# mistake: matches unit names ignoring case, so "kb" and "gib" are accepted
import re
from typing import Optional


def parse_size(text: str) -> Optional[int]:
    units = {"b": 1, "kb": 1000, "mb": 1000 ** 2, "gb": 1000 ** 3, "tb": 1000 ** 4,
             "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3, "tib": 1024 ** 4}
    match = re.fullmatch(r" *([0-9]+)(?:\.([0-9]+))? *([A-Za-z]+) *", text)
    if match is None or match.group(3).lower() not in units:
        return None
    whole, fraction, unit = match.groups(default="")
    return int(whole + fraction) * units[unit.lower()] // 10 ** len(fraction)
