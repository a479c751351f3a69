# mistake: a die is taken to show 0 to S - 1
import re
def dice_range(expression):
    lowest = highest = 0
    for sign, count, sides, number in re.findall(r"([+-]?)(?:(\d*)d(\d+)|(\d+))", expression):
        if number:
            low = high = int(number)
        else:
            n = int(count or 1)
            low, high = 0, n * (int(sides) - 1)
        if sign == "-":
            low, high = -high, -low
        lowest += low
        highest += high
    return (lowest, highest)
