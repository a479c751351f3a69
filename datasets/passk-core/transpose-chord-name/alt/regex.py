import re
def transpose_chord(chord: str, semitones: int) -> str:
    scale = "C C# D D# E F F# G G# A A# B".split()
    def shift(m):
        base = scale.index(m.group(1))
        acc = {"#": 1, "b": -1, "": 0}[m.group(2)]
        return scale[(base + acc + semitones) % 12]
    m = re.fullmatch(r"([A-G])([#b]?)([^/]*)(?:/([A-G])([#b]?))?", chord)
    out = shift(re.match(r"([A-G])([#b]?)", chord)) + m.group(3)
    if m.group(4):
        out += "/" + shift(re.match(r"([A-G])([#b]?)", m.group(4) + m.group(5)))
    return out
