from math import gcd
from typing import List
def field_posts_and_trees(corners: List[List[int]]) -> List[int]:
    posts = 0
    twice_area = 0
    for i in range(len(corners)):
        x1, y1 = corners[i - 1]
        x2, y2 = corners[i]
        posts += gcd(x2 - x1, y2 - y1)
        twice_area += x1 * y2 - x2 * y1
    # Pick's theorem: area = trees + posts / 2 - 1.
    trees = (abs(twice_area) - posts) // 2 + 1
    return [posts, trees]
