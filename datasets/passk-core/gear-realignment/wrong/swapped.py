# mistake: gives the turns the wrong way round: B's count for A and A's for B
import math
from typing import List
def realign_turns(teeth_a: int, teeth_b: int) -> List[int]:
    passes = math.lcm(teeth_a, teeth_b)
    return [passes // teeth_b, passes // teeth_a]
