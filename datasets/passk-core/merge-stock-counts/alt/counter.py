from collections import Counter
from typing import Dict, List


def merge_stock_changes(reports: List[Dict[str, int]]) -> Dict[str, int]:
    total: Counter = Counter()
    for report in reports:
        for code, change in report.items():
            total[code.strip(" ").upper()] += change
    return {code: amount for code, amount in total.items() if amount}
