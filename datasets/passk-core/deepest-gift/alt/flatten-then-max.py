from typing import Optional


def flatten(box, depth):
    for item in box:
        if isinstance(item, list):
            yield from flatten(item, depth + 1)
        else:
            yield depth, item


def deepest_gift(parcel: list) -> Optional[str]:
    gifts = list(flatten(parcel, 0))
    if not gifts:
        return None
    return max(gifts, key=lambda pair: pair[0])[1]
