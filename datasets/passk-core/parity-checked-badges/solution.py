from typing import List
def bad_badges(badges: List[int], width: int) -> List[int]:
    mask = (1 << width) - 1
    return [badge for badge in badges if bin(badge & mask).count("1") % 2 == 1]
