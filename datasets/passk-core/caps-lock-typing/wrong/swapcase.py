# mistake: caps lock swaps the case of every letter, turning upper case letters into lower case
def typed_text(keys: str) -> str:
    caps, typed = False, []
    for key in keys:
        if key == "^":
            caps = not caps
        elif key == "<":
            typed = typed[:-1]
        else:
            typed.append(key.swapcase() if caps else key)
    return "".join(typed)
