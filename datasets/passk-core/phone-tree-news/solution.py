from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    def finish(member: str, heard: int) -> int:
        latest = heard
        for i, callee in enumerate(calls.get(member, []), 1):
            latest = max(latest, finish(callee, heard + i))
        return latest

    return finish(start, 0)
