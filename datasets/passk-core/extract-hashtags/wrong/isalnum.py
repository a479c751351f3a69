# mistake: takes any letter or digit as a tag character (str.isalnum), not only ASCII ones
from typing import List


def extract_hashtags(post: str) -> List[str]:
    tags = []
    for i, ch in enumerate(post):
        if ch == "#" and (i == 0 or post[i - 1].isspace()):
            j = i + 1
            while j < len(post) and (post[j].isalnum() or post[j] == "_"):
                j += 1
            tag = post[i + 1:j].lower()
            if tag and tag not in tags:
                tags.append(tag)
    return tags
