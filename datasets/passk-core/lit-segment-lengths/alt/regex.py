import re
from typing import List
def lit_segments(state: int) -> List[int]:
    return [len(run) for run in re.findall("1+", format(state, "b")[::-1])]
