from typing import Tuple
def dice_range(expression: str) -> Tuple[int, int]:
    import re

    lowest = highest = 0
    for sign, count, sides, number in re.findall(r"([+-]?)(?:(\d*)d(\d+)|(\d+))", expression):
        if number:
            low = high = int(number)
        else:
            dice = int(count or 1)
            low, high = dice, dice * int(sides)
        if sign == "-":
            low, high = -high, -low
        lowest += low
        highest += high
    return (lowest, highest)
