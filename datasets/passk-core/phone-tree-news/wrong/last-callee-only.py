# mistake: assumes the member phoned last is always the last to finish, and follows only that branch
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    callees = calls.get(start, [])
    if not callees:
        return 0
    return len(callees) + last_to_hear(calls, callees[-1])
