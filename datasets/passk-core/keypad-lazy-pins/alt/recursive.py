from functools import lru_cache

ROWS = ["123", "456", "789", " 0 "]


def count_lazy_pins(length: int) -> int:
    where = {ch: (r, c) for r, row in enumerate(ROWS) for c, ch in enumerate(row) if ch != " "}

    def adjacent(a, b):
        (ra, ca), (rb, cb) = where[a], where[b]
        return abs(ra - rb) + abs(ca - cb) == 1

    @lru_cache(maxsize=None)
    def extend(left, last, repeated):
        if left == 0:
            return 1
        total = sum(extend(left - 1, d, False) for d in where if adjacent(last, d))
        if not repeated:
            total += extend(left - 1, last, True)
        return total

    if length == 0:
        return 1
    return sum(extend(length - 1, d, False) for d in where)
