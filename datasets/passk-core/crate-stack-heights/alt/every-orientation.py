from itertools import product
from typing import List, Tuple


def stack_heights(crates: List[Tuple[int, int]]) -> List[int]:
    return sorted({sum(choice) for choice in product(*crates)})
