from typing import List, Tuple


def longest_train(tiles: List[Tuple[int, int]], start: int) -> List[Tuple[int, int]]:
    def best_from(end, left):
        # left: the tiles still in hand; returns the best train from a tile showing end
        best = []
        for i, (a, b) in enumerate(left):
            rest = left[:i] + left[i + 1:]
            for near, far in ((a, b), (b, a)):
                if near == end:
                    train = [(near, far)] + best_from(far, rest)
                    if (-len(train), train) < (-len(best), best):
                        best = train
        return best

    return best_from(start, list(tiles))
