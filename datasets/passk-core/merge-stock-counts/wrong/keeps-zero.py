# mistake: keeps products whose total change is zero
from typing import Dict, List
def merge_stock_changes(reports: List[Dict[str, int]]) -> Dict[str, int]:
    totals = {}
    for report in reports:
        for code, change in report.items():
            key = code.strip().upper()
            totals[key] = totals.get(key, 0) + change
    return totals
