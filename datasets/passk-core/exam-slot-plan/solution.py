from typing import Dict, List, Tuple
def plan_exam_slots(exams: List[str], clashes: List[Tuple[str, str]]) -> Dict[str, int]:
    names = sorted(exams)
    clashing = {name: set() for name in names}
    for a, b in clashes:
        clashing[a].add(b)
        clashing[b].add(a)

    def fill(i, plan, slots):
        if i == len(names):
            return True
        for slot in range(1, slots + 1):
            if all(plan.get(other) != slot for other in clashing[names[i]]):
                plan[names[i]] = slot
                if fill(i + 1, plan, slots):
                    return True
                del plan[names[i]]
        return False

    slots = 0
    while True:
        plan: Dict[str, int] = {}
        if fill(0, plan, slots):
            return plan
        slots += 1
