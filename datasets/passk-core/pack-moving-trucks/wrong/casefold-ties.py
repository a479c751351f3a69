# mistake: equal weights ordered by label ignoring case, though the prompt says by character code
from typing import List, Tuple
def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    trucks = []
    room = []
    for label, weight in sorted(boxes, key=lambda box: (-box[1], box[0].lower())):
        for i in range(len(room)):
            if room[i] >= weight:
                trucks[i].append(label)
                room[i] -= weight
                break
        else:
            trucks.append([label])
            room.append(capacity - weight)
    return trucks
