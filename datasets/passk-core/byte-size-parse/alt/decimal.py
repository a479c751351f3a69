from decimal import Decimal, localcontext
from typing import Optional

UNITS = {"B": 1, "KB": 10 ** 3, "MB": 10 ** 6, "GB": 10 ** 9, "TB": 10 ** 12,
         "KiB": 2 ** 10, "MiB": 2 ** 20, "GiB": 2 ** 30, "TiB": 2 ** 40}


def parse_size(text: str) -> Optional[int]:
    body = text.strip(" ")
    cut = 0
    while cut < len(body) and (body[cut] in "0123456789."):
        cut += 1
    number, unit = body[:cut], body[cut:].lstrip(" ")
    if unit not in UNITS:
        return None
    pieces = number.split(".")
    if len(pieces) > 2 or any(not piece or not all(ch in "0123456789" for ch in piece) for piece in pieces):
        return None
    with localcontext() as context:
        context.prec = len(number) + 20
        exact = Decimal(number) * UNITS[unit]
        return int(exact.to_integral_value(rounding="ROUND_FLOOR"))
