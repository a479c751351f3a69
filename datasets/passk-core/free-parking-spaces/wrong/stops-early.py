# mistake: off by one: never looks at the last space, n - 1
from typing import List
def free_spaces(occupied: int, n: int) -> List[int]:
    return [i for i in range(n - 1) if not occupied >> i & 1]
