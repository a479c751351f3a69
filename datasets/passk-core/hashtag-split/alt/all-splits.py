from functools import lru_cache
from typing import List, Optional


def split_hashtag(tag: str, words: List[str]) -> Optional[List[str]]:
    @lru_cache(maxsize=None)
    def splits(rest):
        if not rest:
            return [()]
        found = []
        for word in set(words):
            if rest.startswith(word):
                found += [(word,) + tail for tail in splits(rest[len(word):])]
        return found

    every = splits(tag)
    if not every:
        return None
    return list(min(every, key=lambda s: (len(s), tuple(-len(w) for w in s))))
