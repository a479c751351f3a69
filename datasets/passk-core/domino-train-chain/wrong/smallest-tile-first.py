# mistake: greedy: always lays the smallest tile that fits, instead of searching for the longest train
from typing import List, Tuple
def longest_train(tiles: List[Tuple[int, int]], start: int) -> List[Tuple[int, int]]:
    left = list(tiles)
    train, end = [], start
    while True:
        options = [((a, b), i) for i, (x, y) in enumerate(left) for a, b in ((x, y), (y, x)) if a == end]
        if not options:
            return train
        laid, i = min(options)
        train.append(laid)
        left.pop(i)
        end = laid[1]
