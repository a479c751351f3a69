# mistake: greedily takes the longest word that starts the rest of the tag
from typing import List, Optional
def split_hashtag(tag: str, words: List[str]) -> Optional[List[str]]:
    split, i = [], 0
    while i < len(tag):
        fits = [w for w in words if tag.startswith(w, i)]
        if not fits:
            return None
        word = max(fits, key=len)
        split.append(word)
        i += len(word)
    return split
