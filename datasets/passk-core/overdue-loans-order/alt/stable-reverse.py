from typing import List, Tuple


def overdue_order(loans: List[Tuple[str, int]]) -> List[str]:
    late = [loan for loan in loans if loan[1] > 0]
    late.sort(key=lambda loan: loan[1], reverse=True)
    return [loan[0] for loan in late]
