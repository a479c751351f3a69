# mistake: leaves the person's own cost out of their team's cost
from typing import Any, Dict, List
def lowest_over_budget(chart: Dict[str, Any], limit: int) -> List[str]:
    def below(person):
        return sum(r["cost"] + below(r) for r in person["reports"])

    names = []

    def walk(person):
        if below(person) > limit and all(below(r) <= limit for r in person["reports"]):
            names.append(person["name"])
        for r in person["reports"]:
            walk(r)

    walk(chart)
    return names
