# mistake: sorts ascending and reverses the list, which also reverses loans with equal days late
from typing import List, Tuple
def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    late = sorted((l for l in loans if l[1] > 0), key=lambda l: l[1])
    return [title for title, _ in reversed(late)]
