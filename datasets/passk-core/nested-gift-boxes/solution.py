def parcel_weight(box: list, box_weight: int) -> int:
    total = box_weight
    for item in box:
        if isinstance(item, list):
            total += parcel_weight(item, box_weight)
        else:
            total += item
    return total
