# mistake: finds "#word" anywhere, also inside words such as "a#b"
import re
from typing import List


def extract_hashtags(post: str) -> List[str]:
    tags = []
    for tag in re.findall(r"#([A-Za-z0-9_]+)", post):
        if tag.lower() not in tags:
            tags.append(tag.lower())
    return tags
