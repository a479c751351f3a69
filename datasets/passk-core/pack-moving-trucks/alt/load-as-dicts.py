from typing import List, Tuple


def load_trucks(boxes: List[Tuple[str, int]], capacity: int) -> List[List[str]]:
    order = sorted(boxes, key=lambda box: box[0])
    order.sort(key=lambda box: box[1], reverse=True)
    loads: List[dict] = []
    for label, weight in order:
        target = next((truck for truck in loads if truck["used"] + weight <= capacity), None)
        if target is None:
            target = {"used": 0, "labels": []}
            loads.append(target)
        target["used"] += weight
        target["labels"].append(label)
    return [truck["labels"] for truck in loads]
