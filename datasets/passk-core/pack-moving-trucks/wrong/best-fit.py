# mistake: best fit (the open truck with the least room that still fits) instead of the first truck that fits
from typing import List, Tuple
def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    trucks = []
    room = []
    for label, weight in sorted(boxes, key=lambda box: (-box[1], box[0])):
        fitting = [i for i, free in enumerate(room) if free >= weight]
        if fitting:
            best = min(fitting, key=lambda i: room[i])
            trucks[best].append(label)
            room[best] -= weight
        else:
            trucks.append([label])
            room.append(capacity - weight)
    return trucks
