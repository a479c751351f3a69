def parcel_weight(box: list, box_weight: int) -> int:
    total = 0
    pending = [box]
    while pending:
        current = pending.pop()
        total += box_weight
        for item in current:
            if isinstance(item, list):
                pending.append(item)
            else:
                total += item
    return total
