def arrival_time(departure: str, departure_offset: int, duration: int, arrival_offset: int) -> str:
    hours, minutes = departure.split(":")
    local = int(hours) * 60 + int(minutes) - departure_offset + duration + arrival_offset
    days = local // 1440
    clock = local % 1440
    text = f"{clock // 60:02d}:{clock % 60:02d}"
    if days != 0:
        text += f" ({days:+d})"
    return text
