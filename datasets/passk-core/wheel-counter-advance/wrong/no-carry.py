# mistake: moves each wheel by its share of the steps on its own, losing the carries from the wheels to its right
from typing import List, Tuple
def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    shown = []
    below = 1
    for size, position in zip(reversed(wheels), reversed(reading)):
        shown.insert(0, (position + steps // below) % size)
        below *= size
    return (shown, (reading[0] + steps // (below // wheels[0])) // wheels[0])
