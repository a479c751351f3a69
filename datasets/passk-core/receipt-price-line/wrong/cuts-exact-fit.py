# mistake: also cuts a name that fits exactly with one dot
def receipt_line(name, cents, width):
    price = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    room = width - len(price) - 1
    if len(name) >= room:
        name = name[: room - 1] + "~"
    return name + "." * (width - len(name) - len(price)) + price
