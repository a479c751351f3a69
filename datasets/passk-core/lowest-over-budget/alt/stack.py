from typing import Any, Dict, List


def lowest_over_budget(chart: Dict[str, Any], limit: int) -> List[str]:
    order = []  # people in chart order
    stack = [chart]
    while stack:
        person = stack.pop()
        order.append(person)
        stack.extend(reversed(person["reports"]))
    team = {}
    for person in reversed(order):  # everyone after the people below them
        team[id(person)] = person["cost"] + sum(team[id(r)] for r in person["reports"])
    return [
        p["name"]
        for p in order
        if team[id(p)] > limit and not any(team[id(r)] > limit for r in p["reports"])
    ]
