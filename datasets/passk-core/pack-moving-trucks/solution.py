from typing import List, Tuple
def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    trucks = []
    room = []
    for label, weight in sorted(boxes, key=lambda box: (-box[1], box[0])):
        for truck, free in enumerate(room):
            if weight <= free:
                trucks[truck].append(label)
                room[truck] -= weight
                break
        else:
            trucks.append([label])
            room.append(capacity - weight)
    return trucks
