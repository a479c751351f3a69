# mistake: charges Saturdays and Sundays like any other late day
from typing import List, Tuple
def late_fines(loans: List[Tuple[str, str, str, int]]) -> List[Tuple[str, int]]:
    import datetime

    totals = {}
    for member, due, returned, price in loans:
        day = datetime.date.fromisoformat(due)
        end = datetime.date.fromisoformat(returned)
        charged = 0
        fine = 0
        while day < end:
            day += datetime.timedelta(days=1)
            if True:
                charged += 1
                fine += 10 if charged <= 5 else 20 if charged <= 20 else 50
        totals[member] = totals.get(member, 0) + min(fine, price)
    owing = [(member, min(total, 3000)) for member, total in totals.items() if total > 0]
    return sorted(owing, key=lambda pair: (-pair[1], pair[0]))
