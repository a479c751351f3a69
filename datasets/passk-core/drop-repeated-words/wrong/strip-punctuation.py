# mistake: ignores punctuation when comparing, so "end end." counts as a repeat
import string


def drop_repeated_words(text: str) -> str:
    words = text.split(" ")
    key = lambda w: w.lower().strip(string.punctuation)
    return " ".join(w for i, w in enumerate(words) if i == 0 or key(w) != key(words[i - 1]))
