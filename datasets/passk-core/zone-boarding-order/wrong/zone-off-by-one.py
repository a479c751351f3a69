# mistake: computes the zone as row // zone_size, so the last row of a zone joins the next zone
from typing import List, Tuple
def boarding_order(passengers: List[Tuple[str, int, bool]], zone_size: int) -> List[str]:
    helped = [name for name, _, needs_help in passengers if needs_help]
    others = [(name, row) for name, row, needs_help in passengers if not needs_help]
    others.sort(key=lambda passenger: passenger[1] // zone_size, reverse=True)
    return helped + [name for name, _ in others]
