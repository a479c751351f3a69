def fits_mask(code: str, mask: str) -> bool:
    items = []
    escaped = False
    for ch in mask:
        if escaped or ch != "\\":
            items.append(("=" if escaped else ch, ch))
            escaped = False
        else:
            escaped = True
    if len(items) != len(code):
        return False
    for (kind, ch), got in zip(items, code):
        if kind == "A":
            ok = "A" <= got <= "Z"
        elif kind == "9":
            ok = "0" <= got <= "9"
        else:
            ok = kind == "?" or got == ch
        if not ok:
            return False
    return True
