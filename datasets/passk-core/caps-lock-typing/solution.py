def typed_text(keys: str) -> str:
    caps = False
    typed = []
    for key in keys:
        if key == "^":
            caps = not caps
        elif key == "<":
            if typed:
                typed.pop()
        elif caps and "a" <= key <= "z":
            typed.append(key.upper())
        else:
            typed.append(key)
    return "".join(typed)
