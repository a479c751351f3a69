# mistake: opens only one level of inner boxes, so gifts in boxes inside boxes are missed
def parcel_weight(box: list, box_weight: int) -> int:
    total = box_weight
    for item in box:
        if isinstance(item, list):
            total += box_weight + sum(x for x in item if not isinstance(x, list))
        else:
            total += item
    return total
