# mistake: compares position by position with zip and never checks that the lengths agree
def fits_mask(code, mask):
    items, escaped = [], False
    for ch in mask:
        if escaped or ch != "\\":
            items.append(("=" if escaped else ch, ch))
            escaped = False
        else:
            escaped = True
    for (kind, ch), got in zip(items, code):
        if kind == "A" and not "A" <= got <= "Z":
            return False
        if kind == "9" and not "0" <= got <= "9":
            return False
        if kind not in "A9?" and got != ch:
            return False
    return True
