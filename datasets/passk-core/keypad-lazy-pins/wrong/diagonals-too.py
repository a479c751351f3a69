# mistake: counts diagonal keys as neighbours too
def count_lazy_pins(length: int) -> int:
    near = {"1": "245", "2": "13456", "3": "256", "4": "12578", "5": "12346789",
            "6": "23589", "7": "4580", "8": "457960", "9": "5680", "0": "789"}
    if length == 0:
        return 1
    ways = {(d, 1): 1 for d in near}
    for _ in range(length - 1):
        following = {}
        for (digit, run), count in ways.items():
            steps = [(other, 1) for other in near[digit]] + ([(digit, 2)] if run == 1 else [])
            for state in steps:
                following[state] = following.get(state, 0) + count
        ways = following
    return sum(ways.values())
