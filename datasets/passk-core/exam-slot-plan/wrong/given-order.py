# mistake: breaks ties by the order the exams are listed in, not alphabetical order
from typing import Dict, List, Tuple
def plan_exam_slots(exams: List[str], clashes: List[Tuple[str, str]]) -> Dict[str, int]:
    clashing = {name: set() for name in exams}
    for a, b in clashes:
        clashing[a].add(b)
        clashing[b].add(a)
    def fill(i, plan, slots):
        if i == len(exams):
            return True
        for slot in range(1, slots + 1):
            if all(plan.get(o) != slot for o in clashing[exams[i]]):
                plan[exams[i]] = slot
                if fill(i + 1, plan, slots):
                    return True
                del plan[exams[i]]
        return False
    slots = 0
    while True:
        plan = {}
        if fill(0, plan, slots):
            return plan
        slots += 1
