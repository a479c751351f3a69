def shift_cue(line: str, offset_ms: int) -> str:
    def parse(stamp):
        clock, millis = stamp.split(",")
        hours, minutes, seconds = (int(part) for part in clock.split(":"))
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(millis)

    def show(total):
        seconds, millis = divmod(max(0, total), 1000)
        minutes, seconds = divmod(seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"

    start, end = line.split(" --> ")
    return f"{show(parse(start) + offset_ms)} --> {show(parse(end) + offset_ms)}"
