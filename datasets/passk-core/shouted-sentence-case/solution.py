def sentence_case(text: str) -> str:
    out = []
    capital = True
    for k, ch in enumerate(text):
        if ch.isalpha():
            alone = not text[k - 1 : k].isalpha() and not text[k + 1 : k + 2].isalpha()
            out.append(ch.upper() if capital or (alone and ch in "iI") else ch.lower())
            capital = False
        else:
            out.append(ch)
            if ch in ".!?" and text[k + 1 : k + 2] == " ":
                capital = True
    return "".join(out)
