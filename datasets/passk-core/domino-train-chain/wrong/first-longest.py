# mistake: keeps the first longest train found instead of the smallest one
from typing import List, Tuple
def longest_train(tiles: List[Tuple[int, int]], start: int) -> List[Tuple[int, int]]:
    best = []
    used = [False] * len(tiles)
    train = []
    def extend(end):
        nonlocal best
        if len(train) > len(best):
            best = list(train)
        for i, (a, b) in enumerate(tiles):
            if used[i]:
                continue
            for laid in ((a, b), (b, a)):
                if laid[0] == end:
                    used[i] = True
                    train.append(laid)
                    extend(laid[1])
                    train.pop()
                    used[i] = False
    extend(start)
    return best
