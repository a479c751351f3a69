# mistake: counts a team whose cost equals the limit as over budget
from typing import Any, Dict, List
def lowest_over_budget(chart: Dict[str, Any], limit: int) -> List[str]:
    def cost(person):
        return person["cost"] + sum(cost(r) for r in person["reports"])

    names = []

    def walk(person):
        if cost(person) >= limit and all(cost(r) < limit for r in person["reports"]):
            names.append(person["name"])
        for r in person["reports"]:
            walk(r)

    walk(chart)
    return names
