# mistake: answers with the teeth divided by their greatest common divisor, for the gear itself
import math
from typing import List
def realign_turns(teeth_a: int, teeth_b: int) -> List[int]:
    g = math.gcd(teeth_a, teeth_b)
    return [teeth_a // g, teeth_b // g]
