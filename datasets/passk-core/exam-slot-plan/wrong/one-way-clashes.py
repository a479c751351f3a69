# mistake: records each clash only for its first exam, so a clash is checked from one side only
from typing import Dict, List, Tuple
def plan_exam_slots(exams: List[str], clashes: List[Tuple[str, str]]) -> Dict[str, int]:
    names = sorted(exams)
    clashing = {name: set() for name in names}
    for a, b in clashes:
        clashing[a].add(b)
    def fill(i, plan, slots):
        if i == len(names):
            return True
        for slot in range(1, slots + 1):
            if all(plan.get(o) != slot for o in clashing[names[i]]):
                plan[names[i]] = slot
                if fill(i + 1, plan, slots):
                    return True
                del plan[names[i]]
        return False
    slots = 0
    while True:
        plan = {}
        if fill(0, plan, slots):
            return plan
        slots += 1
