def receipt_line(name: str, cents: int, width: int) -> str:
    whole, part = divmod(abs(cents), 100)
    price = ("-" if cents < 0 else "") + "%d.%02d" % (whole, part)
    left = width - len(price)
    if len(name) + 1 > left:
        name = name[: left - 2] + "~"
    return name.ljust(left, ".") + price
