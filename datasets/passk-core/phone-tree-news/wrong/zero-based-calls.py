# mistake: off-by-one, the first callee hears at the caller's own minute instead of one minute later
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    def finish(member, heard):
        latest = heard
        for i, callee in enumerate(calls.get(member, [])):
            latest = max(latest, finish(callee, heard + i))
        return latest
    return finish(start, 0)
