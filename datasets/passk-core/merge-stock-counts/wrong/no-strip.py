# mistake: ignores case but not the leading and trailing spaces of product codes
from typing import Dict, List
def merge_stock_changes(reports: List[Dict[str, int]]) -> Dict[str, int]:
    totals = {}
    for report in reports:
        for code, change in report.items():
            totals[code.upper()] = totals.get(code.upper(), 0) + change
    return {code: total for code, total in totals.items() if total != 0}
