# mistake: a die written without a count ("d20") is taken as zero dice
import re
def dice_range(expression):
    lowest = highest = 0
    for sign, count, sides, number in re.findall(r"([+-]?)(?:(\d*)d(\d+)|(\d+))", expression):
        if number:
            low = high = int(number)
        else:
            n = int(count or 0)
            low, high = n, n * int(sides)
        if sign == "-":
            low, high = -high, -low
        lowest += low
        highest += high
    return (lowest, highest)
