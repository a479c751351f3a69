# mistake: cuts the slug at max_length characters, even in the middle of a word
def make_slug(title: str, max_length: int) -> str:
    words = []
    current = ""
    for ch in title:
        if ch == "'":
            continue
        if ch.isascii() and ch.isalnum():
            current += ch.lower()
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    if not words:
        return ""
    return "-".join(words)[:max_length].rstrip("-")
