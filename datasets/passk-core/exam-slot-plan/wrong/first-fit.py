# mistake: greedy: gives each exam, in alphabetical order, the lowest slot free of clashes, which can use extra slots
from typing import Dict, List, Tuple
def plan_exam_slots(exams: List[str], clashes: List[Tuple[str, str]]) -> Dict[str, int]:
    plan = {}
    for name in sorted(exams):
        taken = {plan.get(b) for a, b in clashes if a == name} | {plan.get(a) for a, b in clashes if b == name}
        slot = 1
        while slot in taken:
            slot += 1
        plan[name] = slot
    return plan
