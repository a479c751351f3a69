# mistake: splits negative cents with floor division, so -75 becomes "-1.25"
def receipt_line(name, cents, width):
    price = f"{cents // 100}.{cents % 100:02d}"
    room = width - len(price) - 1
    if len(name) > room:
        name = name[: room - 1] + "~"
    return name + "." * (width - len(name) - len(price)) + price
