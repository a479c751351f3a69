import re
def valid_crate_code(code: str) -> bool:
    match = re.fullmatch(r"([0-9]{4,})([A-Z])", code)
    if match is None:
        return False
    digits = match.group(1)
    n = len(digits)
    total = 0
    for i, ch in enumerate(digits):
        total += (n - i) * (ord(ch) - ord("0"))
    return (total % 26) == ord(match.group(2)) - 65
