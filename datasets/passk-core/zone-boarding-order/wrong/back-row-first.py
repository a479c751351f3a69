# mistake: within a zone boards from the back row forward instead of in queue order
from typing import List, Tuple
def boarding_order(passengers: List[Tuple[str, int, bool]], zone_size: int) -> List[str]:
    helped = [name for name, _, needs_help in passengers if needs_help]
    others = [(name, row) for name, row, needs_help in passengers if not needs_help]
    others.sort(key=lambda passenger: ((passenger[1] - 1) // zone_size, passenger[1]), reverse=True)
    return helped + [name for name, _ in others]
