# mistake: misses the rule against three equal digits in a row
def count_lazy_pins(length: int) -> int:
    near = {"1": "24", "2": "135", "3": "26", "4": "157", "5": "2468",
            "6": "359", "7": "48", "8": "5790", "9": "68", "0": "8"}
    if length == 0:
        return 1
    ways = {d: 1 for d in near}
    for _ in range(length - 1):
        ways = {d: ways[d] + sum(ways[o] for o in near[d]) for d in near}
    return sum(ways.values())
