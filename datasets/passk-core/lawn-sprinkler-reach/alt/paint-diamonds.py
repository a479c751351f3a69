from typing import List
def watered_grass(lawn: List[str]) -> int:
    wet = set()
    for r, row in enumerate(lawn):
        for c, ch in enumerate(row):
            if ch in "123456789":
                reach = int(ch)
                for dr in range(-reach, reach + 1):
                    side = reach - abs(dr)
                    for dc in range(-side, side + 1):
                        rr, cc = r + dr, c + dc
                        if 0 <= rr < len(lawn) and 0 <= cc < len(row) and lawn[rr][cc] == ".":
                            wet.add((rr, cc))
    return len(wet)
