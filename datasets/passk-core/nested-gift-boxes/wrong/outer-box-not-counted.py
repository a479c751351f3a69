# mistake: counts the weight of the inner boxes but forgets the outer box itself
def parcel_weight(box: list, box_weight: int) -> int:
    total = 0
    for item in box:
        if isinstance(item, list):
            total += box_weight + parcel_weight(item, box_weight)
        else:
            total += item
    return total
