# mistake: moves the root only and leaves the bass note as written
def transpose_chord(chord, semitones):
    names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
    naturals = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
    value, rest = naturals[chord[0]], chord[1:]
    if rest[:1] in ("#", "b"):
        value += 1 if rest[0] == "#" else -1
        rest = rest[1:]
    return names[(value + semitones) % 12] + rest
