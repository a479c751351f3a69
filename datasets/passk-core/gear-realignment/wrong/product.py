# mistake: waits for teeth_a * teeth_b teeth to pass instead of their least common multiple
from typing import List
def realign_turns(teeth_a: int, teeth_b: int) -> List[int]:
    return [teeth_b, teeth_a]
