# mistake: never turns a tile around, laying each only as written
from typing import List, Tuple
def longest_train(tiles: List[Tuple[int, int]], start: int) -> List[Tuple[int, int]]:
    best = []
    used = [False] * len(tiles)
    train = []
    def extend(end):
        nonlocal best
        if len(train) > len(best) or (len(train) == len(best) and train < best):
            best = list(train)
        for i, (a, b) in enumerate(tiles):
            if not used[i] and a == end:
                used[i] = True
                train.append((a, b))
                extend(b)
                train.pop()
                used[i] = False
    extend(start)
    return best
