from datetime import date
from typing import Dict, List, Tuple


def late_fines(loans: List[Tuple[str, str, str, int]]) -> List[Tuple[str, int]]:
    def rate(n: int) -> int:
        if n <= 5:
            return 10
        if n <= 20:
            return 20
        return 50

    owed: Dict[str, int] = {}
    for member, due, returned, price in loans:
        first = date.fromisoformat(due).toordinal() + 1
        last = date.fromisoformat(returned).toordinal()
        weekdays = [d for d in range(first, last + 1) if date.fromordinal(d).isoweekday() <= 5]
        fine = sum(rate(n) for n in range(1, len(weekdays) + 1))
        owed[member] = owed.get(member, 0) + min(price, fine)
    result = [(m, min(3000, v)) for m, v in owed.items() if v]
    result.sort(key=lambda item: item[0])
    result.sort(key=lambda item: item[1], reverse=True)
    return result
