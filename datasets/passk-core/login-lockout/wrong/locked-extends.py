# mistake: lets every attempt made while locked restart the ten minutes
from typing import List, Tuple
def login_results(attempts: List[Tuple[int, bool]]) -> List[str]:
    results, fails, until = [], 0, None
    for minute, correct in attempts:
        if until is not None and minute < until:
            results.append("locked")
            until = minute + 10
        elif correct:
            fails = 0
            results.append("ok")
        else:
            fails += 1
            results.append("fail")
            if fails == 3:
                fails, until = 0, minute + 10
    return results
