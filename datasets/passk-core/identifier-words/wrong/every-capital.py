# mistake: starts a new word at every uppercase letter, splitting acronyms into letters
def identifier_words(name):
    words = []
    for run in name.replace("-", "_").split("_"):
        cur = ""
        for ch in run:
            if ch.isupper() and cur:
                words.append(cur.lower())
                cur = ""
            cur += ch
        if cur:
            words.append(cur.lower())
    return words
