# mistake: upper-cases every character while caps lock is on, not only a-z
def typed_text(keys: str) -> str:
    caps, typed = False, ""
    for key in keys:
        if key == "^":
            caps = not caps
        elif key == "<":
            typed = typed[:-1]
        else:
            typed += key.upper() if caps else key
    return typed
