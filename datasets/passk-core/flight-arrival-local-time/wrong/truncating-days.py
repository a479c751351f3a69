# mistake: divides with int(x / 1440), which rounds toward zero, so an arrival on an earlier date is misdated
def arrival_time(departure: str, departure_offset: int, duration: int, arrival_offset: int) -> str:
    h, m = map(int, departure.split(":"))
    local = h * 60 + m - departure_offset + duration + arrival_offset
    days = int(local / 1440)
    clock = local - days * 1440
    if clock < 0:
        clock += 1440
    text = "%02d:%02d" % (clock // 60, clock % 60)
    return text + (" (%+d)" % days if days else "")
