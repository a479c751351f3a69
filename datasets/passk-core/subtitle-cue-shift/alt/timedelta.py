import re
from datetime import timedelta
def shift_cue(line: str, offset_ms: int) -> str:
    out = []
    for h, m, s, ms in re.findall(r"(\d+):(\d+):(\d+),(\d+)", line):
        t = timedelta(hours=int(h), minutes=int(m), seconds=int(s), milliseconds=int(ms) + offset_ms)
        if t < timedelta(0):
            t = timedelta(0)
        total_ms = t.days * 86400000 + t.seconds * 1000 + t.microseconds // 1000
        out.append("%02d:%02d:%02d,%03d" % (total_ms // 3600000, total_ms // 60000 % 60, total_ms // 1000 % 60, total_ms % 1000))
    return " --> ".join(out)
