# mistake: a callee starts phoning only after their caller has finished every call
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    def finish(member, heard):
        callees = calls.get(member, [])
        done = heard + len(callees)
        return max([heard] + [finish(c, done) for c in callees])
    return finish(start, 0)
