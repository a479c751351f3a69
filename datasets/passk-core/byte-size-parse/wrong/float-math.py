# mistake: multiplies with floats, so binary rounding can land just below the exact product
import re
from typing import Optional


def parse_size(text: str) -> Optional[int]:
    units = {"B": 1, "KB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3, "TB": 1000 ** 4,
             "KiB": 1024, "MiB": 1024 ** 2, "GiB": 1024 ** 3, "TiB": 1024 ** 4}
    match = re.fullmatch(r" *([0-9]+(?:\.[0-9]+)?) *([A-Za-z]+) *", text)
    if match is None or match.group(2) not in units:
        return None
    return int(float(match.group(1)) * units[match.group(2)])
