def receipt_line(name: str, cents: int, width: int) -> str:
    sign = "-" if cents < 0 else ""
    price = f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"
    room = width - len(price) - 1
    if len(name) > room:
        name = name[: room - 1] + "~"
    return name + "." * (width - len(name) - len(price)) + price
