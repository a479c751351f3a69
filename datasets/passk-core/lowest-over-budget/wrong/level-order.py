# mistake: lists the people level by level (breadth first) instead of in chart order
from collections import deque
from typing import Any, Dict, List
def lowest_over_budget(chart: Dict[str, Any], limit: int) -> List[str]:
    def cost(person):
        return person["cost"] + sum(cost(r) for r in person["reports"])

    names = []
    queue = deque([chart])
    while queue:
        person = queue.popleft()
        if cost(person) > limit and all(cost(r) <= limit for r in person["reports"]):
            names.append(person["name"])
        queue.extend(person["reports"])
    return names
