# mistake: treats '^' as a typed key, so a backspace after it undoes the toggle
def typed_text(keys: str) -> str:
    typed = []
    for key in keys:
        if key == "<":
            if typed:
                typed.pop()
        else:
            typed.append(key)
    caps, out = False, []
    for key in typed:
        if key == "^":
            caps = not caps
        else:
            out.append(key.upper() if caps and "a" <= key <= "z" else key)
    return "".join(out)
