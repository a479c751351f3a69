# mistake: keeps the last of equally deep gifts instead of the first
from typing import Optional
def deepest_gift(parcel: list) -> Optional[str]:
    best = None
    def visit(box, depth):
        nonlocal best
        for item in box:
            if isinstance(item, list):
                visit(item, depth + 1)
            elif best is None or depth >= best[0]:
                best = (depth, item)
    visit(parcel, 1)
    return None if best is None else best[1]
