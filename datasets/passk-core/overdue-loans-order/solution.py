from typing import List, Tuple
def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    overdue = [(title, days) for title, days in loans if days > 0]
    overdue.sort(key=lambda loan: -loan[1])
    return [title for title, _ in overdue]
