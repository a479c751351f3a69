from typing import List, Tuple
def boarding_order(passengers: List[Tuple[str, int, bool]], zone_size: int) -> List[str]:
    order = [name for name, _, needs_help in passengers if needs_help]
    zones = {}
    for name, row, needs_help in passengers:
        if not needs_help:
            zones.setdefault(-(-row // zone_size), []).append(name)
    for zone in sorted(zones, reverse=True):
        order.extend(zones[zone])
    return order
