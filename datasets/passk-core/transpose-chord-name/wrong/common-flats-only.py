# mistake: knows the sharps and the usual flats Db Eb Gb Ab Bb, but not Cb, Fb, E# or B#
def transpose_chord(chord, semitones):
    names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
    flats = {"Db": "C#", "Eb": "D#", "Gb": "F#", "Ab": "G#", "Bb": "A#"}
    def move(part):
        note = part[:2] if len(part) > 1 and part[1] in "#b" else part[:1]
        rest = part[len(note):]
        note = flats.get(note, note)
        if note not in names:
            note, rest = note[0], note[1:] + rest
        return names[(names.index(note) + semitones) % 12] + rest
    root, slash, bass = chord.partition("/")
    return move(root) + slash + (move(bass) if slash else "")
