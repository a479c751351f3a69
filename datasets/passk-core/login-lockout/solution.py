from typing import List, Tuple
def login_results(attempts: List[Tuple[int, bool]]) -> List[str]:
    results = []
    fails = 0
    locked_until = None
    for minute, correct in attempts:
        if locked_until is not None and minute < locked_until:
            results.append("locked")
            continue
        if correct:
            fails = 0
            results.append("ok")
        else:
            fails += 1
            results.append("fail")
            if fails == 3:
                fails, locked_until = 0, minute + 10
    return results
