# mistake: shortens to the 3-digit form and loses the alpha digit of an 8-digit colour
def shortest_hex_color(color):
    digits = color[1:].lower()
    if len(digits) in (3, 4):
        return "#" + digits
    if digits[0::2] == digits[1::2]:
        return "#" + digits[0:6:2]
    return "#" + digits
