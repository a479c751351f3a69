from typing import Dict, List


def barrier_log(events: List[str]) -> Dict[str, int]:
    stored = 0
    passed = crashed = forfeited = rejected = 0
    for event in events:
        if event == "timeout":
            forfeited, stored = forfeited + stored, 0
        elif event == "pay" and stored == 3:
            rejected += 1
        elif event == "pay":
            stored += 1
        elif stored == 0:
            crashed += 1
        else:
            stored, passed = stored - 1, passed + 1
    return {"passed": passed, "crashed": crashed, "forfeited": forfeited, "rejected": rejected}
