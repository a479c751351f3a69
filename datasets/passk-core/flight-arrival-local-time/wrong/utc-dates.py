# mistake: compares the UTC dates of departure and arrival instead of the two local dates
def arrival_time(departure: str, departure_offset: int, duration: int, arrival_offset: int) -> str:
    h, m = map(int, departure.split(":"))
    utc_departure = h * 60 + m - departure_offset
    utc_arrival = utc_departure + duration
    clock = (utc_arrival + arrival_offset) % 1440
    days = utc_arrival // 1440 - utc_departure // 1440
    text = "%02d:%02d" % (clock // 60, clock % 60)
    return text + (" (%+d)" % days if days else "")
