from typing import List, Tuple
def peaceful_seatings(n: int, feuds: List[Tuple[int, int]]) -> int:
    banned = {frozenset(pair) for pair in feuds}
    def count(seated, waiting):
        if not waiting:
            return 0 if frozenset((seated[-1], seated[0])) in banned else 1
        return sum(count(seated + [guest], waiting - {guest})
                   for guest in waiting if frozenset((seated[-1], guest)) not in banned)
    return count([0], frozenset(range(1, n)))
