# mistake: the outer parcel has depth 0 and the best depth starts at 0, so loose top-level gifts never count
from typing import Optional
def deepest_gift(parcel: list) -> Optional[str]:
    best_depth, best_gift = 0, None
    def visit(box, depth):
        nonlocal best_depth, best_gift
        for item in box:
            if isinstance(item, list):
                visit(item, depth + 1)
            elif depth > best_depth:
                best_depth, best_gift = depth, item
    visit(parcel, 0)
    return best_gift
