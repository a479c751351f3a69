# mistake: splits the reversed binary string on "0" and keeps the empty pieces between zeros
from typing import List
def lit_segments(state: int) -> List[int]:
    if state == 0:
        return []
    return [len(piece) for piece in bin(state)[:1:-1].split("0")]
