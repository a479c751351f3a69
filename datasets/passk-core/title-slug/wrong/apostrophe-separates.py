# mistake: treats the apostrophe as a separator, so "Don't" gives "don-t"
def make_slug(title: str, max_length: int) -> str:
    words = []
    current = ""
    for ch in title:
        if ch.isascii() and ch.isalnum():
            current += ch.lower()
        elif current:
            words.append(current)
            current = ""
    if current:
        words.append(current)
    if not words:
        return ""
    kept = words[0][:max_length]
    for word in words[1:]:
        if len(kept) + 1 + len(word) > max_length:
            break
        kept += "-" + word
    return kept
