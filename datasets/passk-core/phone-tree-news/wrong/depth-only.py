# mistake: counts the levels of the tree as if all of a member's calls happened in the same minute
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    callees = calls.get(start, [])
    if not callees:
        return 0
    return 1 + max(last_to_hear(calls, c) for c in callees)
