# mistake: lists each title once, though a title that was lent several times is listed per loan
from typing import List, Tuple
def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    result = []
    for title, days in sorted((l for l in loans if l[1] > 0), key=lambda l: -l[1]):
        if title not in result:
            result.append(title)
    return result
