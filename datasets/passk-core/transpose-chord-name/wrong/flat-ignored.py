# mistake: treats "b" after the letter as part of the suffix, so flats are not lowered
def transpose_chord(chord, semitones):
    names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
    naturals = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
    def move(part):
        value, rest = naturals[part[0]], part[1:]
        if rest[:1] == "#":
            value += 1
            rest = rest[1:]
        return names[(value + semitones) % 12] + rest
    root, slash, bass = chord.partition("/")
    return move(root) + slash + (move(bass) if slash else "")
