# mistake: reads one digit per count, side or number, so "d20" and "12" come apart
import re
def dice_range(expression):
    lowest = highest = 0
    for sign, count, sides, number in re.findall(r"([+-]?)(?:(\d?)d(\d)|(\d))", expression):
        if number:
            low = high = int(number)
        else:
            n = int(count or 1)
            low, high = n, n * int(sides)
        if sign == "-":
            low, high = -high, -low
        lowest += low
        highest += high
    return (lowest, highest)
