# mistake: splits only where a lowercase letter or digit meets an uppercase one, so "HTTPServer" stays one word
import re
def identifier_words(name):
    out = []
    for run in re.split(r"[_-]", name):
        if run:
            out.extend(w.lower() for w in re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", run).split())
    return out
