# mistake: removes every space from a code, so "AB 1" and "AB1" become one product
from typing import Dict, List
def merge_stock_changes(reports: List[Dict[str, int]]) -> Dict[str, int]:
    totals = {}
    for report in reports:
        for code, change in report.items():
            key = code.replace(" ", "").upper()
            totals[key] = totals.get(key, 0) + change
    return {code: total for code, total in totals.items() if total != 0}
