# mistake: boxes of equal weight keep their input order instead of going in label order
from typing import List, Tuple
def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    trucks = []
    room = []
    for label, weight in sorted(boxes, key=lambda box: -box[1]):
        for i in range(len(room)):
            if room[i] >= weight:
                trucks[i].append(label)
                room[i] -= weight
                break
        else:
            trucks.append([label])
            room.append(capacity - weight)
    return trucks
