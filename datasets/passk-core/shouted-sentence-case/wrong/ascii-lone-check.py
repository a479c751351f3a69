# mistake: looks only for spaces around "i", so "i'm", "(i)" or "i," keep a lowercase i
def sentence_case(text):
    out = []
    capital = True
    for k, ch in enumerate(text):
        if ch.isalpha():
            alone = text[k - 1 : k] in ("", " ") and text[k + 1 : k + 2] in ("", " ")
            out.append(ch.upper() if capital or (alone and ch in "iI") else ch.lower())
            capital = False
        else:
            out.append(ch)
            if ch in ".!?" and text[k + 1 : k + 2] == " ":
                capital = True
    return "".join(out)
