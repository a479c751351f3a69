# mistake: picks the post with the smallest row-plus-column distance, ignoring buildings in the way
from typing import List, Optional, Tuple
def nearest_charger(city: List[str]) -> Optional[Tuple[int, int]]:
    sr, sc = next((r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "S")
    posts = [(abs(r - sr) + abs(c - sc), r, c) for r, row in enumerate(city) for c, ch in enumerate(row) if ch == "C"]
    return (min(posts)[1], min(posts)[2]) if posts else None
