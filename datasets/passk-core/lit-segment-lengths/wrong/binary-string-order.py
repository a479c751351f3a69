# mistake: reads the binary string left to right, so the stretches come out from the highest LED down
from typing import List
def lit_segments(state: int) -> List[int]:
    return [len(piece) for piece in bin(state)[2:].split("0") if piece]
