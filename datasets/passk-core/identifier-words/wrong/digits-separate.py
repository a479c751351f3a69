# mistake: a regex that makes digit runs words of their own
import re
def identifier_words(name):
    return [w.lower() for w in re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+", name)]
