# mistake: the number pattern lets either side of the point be empty, so ".5" and "5." are accepted
import re
from typing import Optional


def parse_size(text: str) -> Optional[int]:
    units = {"B": 1, "KB": 1000, "MB": 1000 ** 2, "GB": 1000 ** 3, "TB": 1000 ** 4,
             "KiB": 1024, "MiB": 1024 ** 2, "GiB": 1024 ** 3, "TiB": 1024 ** 4}
    match = re.fullmatch(r" *([0-9]*)(?:\.([0-9]*))? *([A-Za-z]+) *", text)
    if match is None or match.group(3) not in units or not (match.group(1) or match.group(2)):
        return None
    whole, fraction, unit = match.groups(default="")
    return int((whole + fraction) or "0") * units[unit] // 10 ** len(fraction)
