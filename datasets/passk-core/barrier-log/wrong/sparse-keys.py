# mistake: returns only the keys of events that happened, not all four keys with 0 for the rest
from collections import Counter
from typing import Dict, List
def barrier_log(events: List[str]) -> Dict[str, int]:
    credits = 0
    log = Counter()
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
            log["forfeited"] += credits
            credits = 0
    return dict(log)
