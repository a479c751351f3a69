from typing import List, Tuple


def advance_counter(wheels: List[int], reading: List[int], steps: int) -> Tuple[List[int], int]:
    result = list(reading)
    carry = steps
    for i in range(len(wheels) - 1, -1, -1):
        carry, result[i] = divmod(result[i] + carry, wheels[i])
    return (result, carry)
