# mistake: replaces each escape over the whole text in turn, so "\\\\n" is decoded twice
def decode_escapes(text):
    return text.replace("\\\\", "\\").replace("\\n", "\n").replace("\\t", "\t")
