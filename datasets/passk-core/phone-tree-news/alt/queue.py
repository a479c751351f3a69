from collections import deque
from typing import Dict, List
def last_to_hear(calls: Dict[str, List[str]], start: str) -> int:
    heard = {start: 0}
    queue = deque([start])
    while queue:
        member = queue.popleft()
        for offset, callee in enumerate(calls.get(member, []), start=1):
            heard[callee] = heard[member] + offset
            queue.append(callee)
    return max(heard.values())
