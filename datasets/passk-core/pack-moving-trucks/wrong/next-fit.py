# mistake: only the most recently opened truck is tried (next fit), earlier trucks are never reused
from typing import List, Tuple
def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    trucks = []
    free = 0
    for label, weight in sorted(boxes, key=lambda box: (-box[1], box[0])):
        if trucks and weight <= free:
            trucks[-1].append(label)
            free -= weight
        else:
            trucks.append([label])
            free = capacity - weight
    return trucks
