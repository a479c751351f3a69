# mistake: orders loans with the same days late by title instead of keeping their input order
from typing import List, Tuple
def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    return [title for title, days in sorted((l for l in loans if l[1] > 0), key=lambda l: (-l[1], l[0]))]
