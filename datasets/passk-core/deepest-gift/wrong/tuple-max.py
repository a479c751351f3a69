# mistake: takes max of (depth, gift) pairs, so ties go to the alphabetically largest gift
from typing import Optional
def deepest_gift(parcel: list) -> Optional[str]:
    pairs = []
    def visit(box, depth):
        for item in box:
            if isinstance(item, list):
                visit(item, depth + 1)
            else:
                pairs.append((depth, item))
    visit(parcel, 0)
    return max(pairs)[1] if pairs else None
