# mistake: keeps room characters of the name and then adds "~", one too many
def receipt_line(name, cents, width):
    price = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    room = width - len(price) - 1
    if len(name) > room:
        name = name[:room] + "~"
    return name + "." * max(1, width - len(name) - len(price)) + price
