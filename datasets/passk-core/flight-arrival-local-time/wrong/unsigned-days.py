# mistake: writes the day difference without its sign for later dates, "(1)" instead of "(+1)"
def arrival_time(departure: str, departure_offset: int, duration: int, arrival_offset: int) -> str:
    h, m = map(int, departure.split(":"))
    local = h * 60 + m - departure_offset + duration + arrival_offset
    days, clock = divmod(local, 1440)
    text = "%02d:%02d" % (clock // 60, clock % 60)
    return text + (" (%d)" % days if days else "")
