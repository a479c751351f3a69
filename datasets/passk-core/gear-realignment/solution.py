import math
from typing import List
def realign_turns(teeth_a: int, teeth_b: int) -> List[int]:
    passes = math.lcm(teeth_a, teeth_b)
    return [passes // teeth_a, passes // teeth_b]
