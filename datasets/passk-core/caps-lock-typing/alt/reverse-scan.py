def typed_text(keys: str) -> str:
    caps_on = keys.count("^") % 2 == 1
    result = []
    erase = 0
    for key in reversed(keys):
        if key == "^":
            caps_on = not caps_on
        elif key == "<":
            erase += 1
        elif erase:
            erase -= 1
        elif caps_on and key.islower() and key.isascii():
            result.append(key.upper())
        else:
            result.append(key)
    return "".join(reversed(result))
