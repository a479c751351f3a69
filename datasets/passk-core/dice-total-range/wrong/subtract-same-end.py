# mistake: a subtracted term takes its low value off the lowest total and its high value off the highest
import re
def dice_range(expression):
    lowest = highest = 0
    for sign, count, sides, number in re.findall(r"([+-]?)(?:(\d*)d(\d+)|(\d+))", expression):
        if number:
            low = high = int(number)
        else:
            n = int(count or 1)
            low, high = n, n * int(sides)
        if sign == "-":
            low, high = -low, -high
        lowest += low
        highest += high
    return (lowest, highest)
