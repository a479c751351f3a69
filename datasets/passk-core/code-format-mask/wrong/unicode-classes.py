# mistake: uses str.isupper and str.isdigit, which accept non-ASCII letters and digits
def fits_mask(code, mask):
    items, escaped = [], False
    for ch in mask:
        if escaped or ch != "\\":
            items.append(("=" if escaped else ch, ch))
            escaped = False
        else:
            escaped = True
    if len(items) != len(code):
        return False
    for (kind, ch), got in zip(items, code):
        if kind == "A" and not (got.isalpha() and got.isupper()):
            return False
        if kind == "9" and not got.isdigit():
            return False
        if kind not in "A9?" and got != ch:
            return False
    return True
