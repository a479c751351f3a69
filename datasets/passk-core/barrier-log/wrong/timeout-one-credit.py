# mistake: a timeout forfeits a single credit instead of every stored credit
from typing import Dict, List
def barrier_log(events: List[str]) -> Dict[str, int]:
    credits = 0
    log = {"passed": 0, "crashed": 0, "forfeited": 0, "rejected": 0}
    for event in events:
        if event == "pay":
            if credits < 3:
                credits += 1
            else:
                log["rejected"] += 1
        elif event == "pass":
            if credits:
                credits -= 1
                log["passed"] += 1
            else:
                log["crashed"] += 1
        elif event == "timeout" and credits:
            log["forfeited"] += 1
            credits -= 1
    return log
