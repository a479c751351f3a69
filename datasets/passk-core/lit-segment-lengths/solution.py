from typing import List
def lit_segments(state: int) -> List[int]:
    return [len(run) for run in bin(state)[:1:-1].split("0") if run]
