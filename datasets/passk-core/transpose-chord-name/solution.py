def transpose_chord(chord: str, semitones: int) -> str:
    names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
    naturals = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}

    def move(part):
        value, rest = naturals[part[0]], part[1:]
        if rest[:1] in ("#", "b"):
            value += 1 if rest[0] == "#" else -1
            rest = rest[1:]
        return names[(value + semitones) % 12] + rest

    root, slash, bass = chord.partition("/")
    return move(root) + slash + (move(bass) if slash else "")
