# mistake: requires every digit to equal its neighbour instead of checking pairs
def shortest_hex_color(color):
    digits = color[1:].lower()
    if len(digits) in (3, 4):
        return "#" + digits
    if all(digits[i] == digits[i + 1] for i in range(len(digits) - 1)):
        return "#" + digits[0::2]
    return "#" + digits
