# mistake: an empty box is treated as nothing at all instead of an empty box that still weighs box_weight
def parcel_weight(box: list, box_weight: int) -> int:
    if not box:
        return 0
    total = box_weight
    for item in box:
        if isinstance(item, list):
            total += parcel_weight(item, box_weight)
        else:
            total += item
    return total
