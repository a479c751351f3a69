from typing import List
def drone_recharge_cost(costs: List[int], hops: int) -> int:
    # charged[i]: cheapest total paid to leave pole i with a full battery (None: impossible).
    charged = [0]
    for j in range(1, len(costs)):
        options = [paid for paid in charged[max(0, j - hops):] if paid is not None]
        if not options:
            return -1
        if j == len(costs) - 1:
            return min(options)
        charged.append(min(options) + costs[j] if costs[j] >= 0 else None)
    return 0
