from typing import List, Optional
def split_hashtag(tag: str, words: List[str]) -> Optional[List[str]]:
    def rank(split):
        return len(split), [-len(word) for word in split]

    best: List[Optional[List[str]]] = [None] * len(tag) + [[]]
    for start in range(len(tag) - 1, -1, -1):
        for word in words:
            rest = best[start + len(word)] if tag.startswith(word, start) else None
            if rest is not None and (best[start] is None or rank([word] + rest) < rank(best[start])):
                best[start] = [word] + rest
    return best[0]
