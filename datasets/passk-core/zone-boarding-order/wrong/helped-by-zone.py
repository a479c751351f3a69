# mistake: passengers who need help are also ordered by zone
from typing import List, Tuple
def boarding_order(passengers: List[Tuple[str, int, bool]], zone_size: int) -> List[str]:
    ordered = sorted(passengers, key=lambda p: (not p[2], -((p[1] - 1) // zone_size)))
    return [name for name, _, _ in ordered]
