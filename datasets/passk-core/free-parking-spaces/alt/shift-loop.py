from typing import List


def free_spaces(occupied: int, n: int) -> List[int]:
    free = []
    space = 0
    while space < n:
        if occupied % 2 == 0:
            free.append(space)
        occupied //= 2
        space += 1
    return free
