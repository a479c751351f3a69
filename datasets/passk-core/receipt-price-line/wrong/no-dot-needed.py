# mistake: lets the name run up to the price with no dot between them
def receipt_line(name, cents, width):
    price = f"{'-' if cents < 0 else ''}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    room = width - len(price)
    if len(name) > room:
        name = name[: room - 1] + "~"
    return name + "." * (width - len(name) - len(price)) + price
