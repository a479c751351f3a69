# mistake: a car that crashes through is also counted as passed
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
            log["passed"] += 1
            if credits:
                credits -= 1
            else:
                log["crashed"] += 1
        elif event == "timeout":
            log["forfeited"] += credits
            credits = 0
    return log
