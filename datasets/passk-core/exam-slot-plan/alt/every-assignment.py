from itertools import product
from typing import Dict, List, Tuple


def plan_exam_slots(exams: List[str], clashes: List[Tuple[str, str]]) -> Dict[str, int]:
    names = sorted(exams)
    index = {name: i for i, name in enumerate(names)}
    pairs = [(index[a], index[b]) for a, b in clashes]
    for slots in range(len(names) + 1):
        # product yields the assignments in increasing list order, so the first valid one is the answer
        for assignment in product(range(1, slots + 1), repeat=len(names)):
            if all(assignment[i] != assignment[j] for i, j in pairs):
                return dict(zip(names, assignment))
    return {}
