def shortest_hex_color(color: str) -> str:
    digits = color[1:].lower()
    if len(digits) in (6, 8) and digits[::2] == digits[1::2]:
        return "#" + digits[::2]
    return "#" + digits
