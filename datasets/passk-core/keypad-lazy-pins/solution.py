def count_lazy_pins(length: int) -> int:
    near = {"1": "24", "2": "135", "3": "26", "4": "157", "5": "2468",
            "6": "359", "7": "48", "8": "5790", "9": "68", "0": "8"}
    if length == 0:
        return 1
    ways = {(digit, 1): 1 for digit in near}  # (last digit, how many times in a row)
    for _ in range(length - 1):
        following = {}
        for (digit, run), count in ways.items():
            steps = [(other, 1) for other in near[digit]] + ([(digit, 2)] if run == 1 else [])
            for state in steps:
                following[state] = following.get(state, 0) + count
        ways = following
    return sum(ways.values())
