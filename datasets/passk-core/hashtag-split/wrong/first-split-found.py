# mistake: returns the first split found trying words in list order, not the one with fewest words
from typing import List, Optional
def split_hashtag(tag: str, words: List[str]) -> Optional[List[str]]:
    def search(i):
        if i == len(tag):
            return []
        for word in words:
            if tag.startswith(word, i):
                rest = search(i + len(word))
                if rest is not None:
                    return [word] + rest
        return None
    return search(0)
