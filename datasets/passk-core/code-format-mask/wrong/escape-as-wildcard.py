# mistake: a backslash is treated as one mask item matching the next code character, not as an escape
def fits_mask(code, mask):
    if len(mask) != len(code):
        return False
    for m, got in zip(mask, code):
        if m == "A" and not "A" <= got <= "Z":
            return False
        if m == "9" and not "0" <= got <= "9":
            return False
        if m not in "A9?\\" and got != m:
            return False
    return True
