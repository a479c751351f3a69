# mistake: counts the 1s of the whole badge number, ignoring that only width bits are read
from typing import List
def bad_badges(badges: List[int], width: int) -> List[int]:
    return [badge for badge in badges if bin(badge).count("1") % 2 == 1]
