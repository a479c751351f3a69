# mistake: among the fewest-word splits prefers the shortest first word
from typing import List, Optional
def split_hashtag(tag: str, words: List[str]) -> Optional[List[str]]:
    best = [None] * len(tag) + [[]]
    for start in range(len(tag) - 1, -1, -1):
        for word in words:
            rest = best[start + len(word)] if tag.startswith(word, start) else None
            if rest is not None:
                cand = [word] + rest
                if best[start] is None or (len(cand), [len(w) for w in cand]) < (len(best[start]), [len(w) for w in best[start]]):
                    best[start] = cand
    return best[0]
