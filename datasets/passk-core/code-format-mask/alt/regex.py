import re
def fits_mask(code: str, mask: str) -> bool:
    pattern = ""
    i = 0
    while i < len(mask):
        ch = mask[i]
        if ch == "\\":
            pattern += re.escape(mask[i + 1])
            i += 2
            continue
        pattern += {"A": "[A-Z]", "9": "[0-9]", "?": "."}.get(ch, re.escape(ch))
        i += 1
    return re.fullmatch(pattern, code, re.DOTALL) is not None
