# mistake: uppercases "i" only as a whole space-separated word, so "i'm" and "i," stay lowercase
def sentence_case(text):
    out = []
    capital = True
    for k, ch in enumerate(text):
        if ch.isalpha():
            out.append(ch.upper() if capital else ch.lower())
            capital = False
        else:
            out.append(ch)
            if ch in ".!?" and text[k + 1 : k + 2] == " ":
                capital = True
    words = "".join(out).split(" ")
    return " ".join("I" if w == "i" else w for w in words)
