def presses_to_return(a: int, m: int) -> int:
    seen = set()
    value = 1
    count = 0
    while True:
        value = (value * a) % m
        count += 1
        if value == 1:
            return count
        if value in seen:
            return -1
        seen.add(value)
