import string
from typing import List


def extract_hashtags(post: str) -> List[str]:
    tag_chars = string.ascii_letters + string.digits + "_"
    found = {}
    previous = " "
    for index, ch in enumerate(post):
        if ch == "#" and previous.isspace():
            end = index + 1
            while end < len(post) and post[end] in tag_chars:
                end += 1
            if end > index + 1:
                found.setdefault(post[index + 1:end].lower(), len(found))
        previous = ch
    return sorted(found, key=found.get)
