from typing import Any, Dict, List
def lowest_over_budget(chart: Dict[str, Any], limit: int) -> List[str]:
    found = []

    def team_cost(person):
        # Nobody found can be below someone else found (their report's team would be over budget),
        # so appending after the reports' teams keeps chart order.
        costs = [team_cost(report) for report in person["reports"]]
        total = person["cost"] + sum(costs)
        if total > limit and all(cost <= limit for cost in costs):
            found.append(person["name"])
        return total

    team_cost(chart)
    return found
