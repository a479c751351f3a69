from typing import List
def bad_badges(badges: List[int], width: int) -> List[int]:
    failing = []
    for badge in badges:
        parity = 0
        for bit in range(width):
            parity ^= (badge >> bit) & 1
        if parity:
            failing.append(badge)
    return failing
