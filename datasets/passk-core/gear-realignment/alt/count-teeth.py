from typing import List


def realign_turns(teeth_a: int, teeth_b: int) -> List[int]:
    x, y = teeth_a, teeth_b
    while y:
        x, y = y, x % y
    # x teeth pass between meetings of any tooth pair in step; the painted pair meets after lcm passes
    return [teeth_b // x, teeth_a // x]
