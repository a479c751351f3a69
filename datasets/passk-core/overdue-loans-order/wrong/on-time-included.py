# mistake: counts a loan returned on its due day (days_late 0) as overdue
from typing import List, Tuple
def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    return [title for title, days in sorted((l for l in loans if l[1] >= 0), key=lambda l: -l[1])]
