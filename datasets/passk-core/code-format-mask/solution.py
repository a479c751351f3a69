def fits_mask(code: str, mask: str) -> bool:
    import re

    items = re.findall(r"\\.|.", mask, re.DOTALL)
    classes = {"A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "9": "0123456789"}
    if len(items) != len(code):
        return False
    return all(
        got in classes[item] if item in classes else item == "?" or got == item[-1]
        for item, got in zip(items, code)
    )
