# mistake: adds box_weight once per nesting level instead of once per box
def parcel_weight(box: list, box_weight: int) -> int:
    gifts = [x for x in box if not isinstance(x, list)]
    inner = [y for x in box if isinstance(x, list) for y in x]
    has_inner = any(isinstance(x, list) for x in box)
    if not has_inner:
        return box_weight + sum(gifts)
    return box_weight + sum(gifts) + parcel_weight(inner, box_weight)
