import re


def make_slug(title: str, max_length: int) -> str:
    words = re.findall(r"[a-z0-9]+", title.replace("'", "").lower())
    if not words:
        return ""
    if len(words[0]) > max_length:
        return words[0][:max_length]
    slug = words[0]
    for word in words[1:]:
        candidate = slug + "-" + word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug
