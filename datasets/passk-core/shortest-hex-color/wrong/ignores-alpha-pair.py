# mistake: decides the short form from the colour pairs only, not the alpha pair
def shortest_hex_color(color):
    digits = color[1:].lower()
    if len(digits) in (3, 4):
        return "#" + digits
    if digits[0:6:2] == digits[1:6:2]:
        return "#" + digits[0::2]
    return "#" + digits
