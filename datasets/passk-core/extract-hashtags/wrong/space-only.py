# mistake: only a plain space before the "#" counts, not other whitespace such as a tab or newline
from typing import List


def extract_hashtags(post: str) -> List[str]:
    allowed = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
    tags = []
    for i, ch in enumerate(post):
        if ch == "#" and (i == 0 or post[i - 1] == " "):
            j = i + 1
            while j < len(post) and post[j] in allowed:
                j += 1
            tag = post[i + 1:j].lower()
            if tag and tag not in tags:
                tags.append(tag)
    return tags
