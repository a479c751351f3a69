# mistake: looks for "#" or "b" anywhere in the chord instead of right after the letter
def transpose_chord(chord, semitones):
    names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
    naturals = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
    def move(part):
        value = naturals[part[0]]
        if "#" in part:
            value += 1
            part = part.replace("#", "", 1)
        elif "b" in part[1:]:
            value -= 1
            part = part.replace("b", "", 1)
        return names[(value + semitones) % 12] + part[1:]
    root, slash, bass = chord.partition("/")
    return move(root) + slash + (move(bass) if slash else "")
