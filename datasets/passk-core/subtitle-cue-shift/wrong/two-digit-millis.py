# mistake: writes milliseconds with two digits, dropping a leading zero
def shift_cue(line, offset_ms):
    def parse(s):
        c, ms = s.split(",")
        h, m, sec = (int(p) for p in c.split(":"))
        return ((h * 60 + m) * 60 + sec) * 1000 + int(ms)
    def show(t):
        t = max(0, t)
        return f"{t // 3600000:02d}:{t // 60000 % 60:02d}:{t // 1000 % 60:02d},{t % 1000:02d}"
    a, b = line.split(" --> ")
    return f"{show(parse(a) + offset_ms)} --> {show(parse(b) + offset_ms)}"
