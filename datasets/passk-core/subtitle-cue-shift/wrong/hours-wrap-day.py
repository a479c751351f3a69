# mistake: keeps hours within a day (modulo 24), as a clock would
def shift_cue(line, offset_ms):
    def parse(s):
        c, ms = s.split(",")
        h, m, sec = (int(p) for p in c.split(":"))
        return ((h * 60 + m) * 60 + sec) * 1000 + int(ms)
    def show(t):
        s, ms = divmod(max(0, t), 1000)
        m, s = divmod(s, 60)
        h, m = divmod(m, 60)
        return f"{h % 24:02d}:{m:02d}:{s:02d},{ms:03d}"
    a, b = line.split(" --> ")
    return f"{show(parse(a) + offset_ms)} --> {show(parse(b) + offset_ms)}"
