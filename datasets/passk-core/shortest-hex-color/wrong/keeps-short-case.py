# mistake: returns a 3- or 4-digit colour exactly as given, without lowercasing it
def shortest_hex_color(color):
    if len(color) in (4, 5):
        return color
    digits = color[1:].lower()
    if digits[0::2] == digits[1::2]:
        return "#" + digits[0::2]
    return "#" + digits
