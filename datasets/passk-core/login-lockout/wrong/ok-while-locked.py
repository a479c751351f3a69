# mistake: accepts a correct password even while the account is locked
from typing import List, Tuple
def login_results(attempts: List[Tuple[int, bool]]) -> List[str]:
    results, fails, until = [], 0, None
    for minute, correct in attempts:
        if correct:
            fails, until = 0, None
            results.append("ok")
        elif until is not None and minute < until:
            results.append("locked")
        else:
            fails += 1
            results.append("fail")
            if fails == 3:
                fails, until = 0, minute + 10
    return results
