from typing import List
def free_spaces(occupied: int, n: int) -> List[int]:
    return [i for i in range(n) if not (occupied >> i) & 1]
