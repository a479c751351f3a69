from typing import List, Tuple
def longest_steady_stretch(levels: List[int], tolerance: int) -> Tuple[int, int]:
    best_start, best_length = 0, 0
    for start in range(len(levels)):
        low = high = levels[start]
        end = start
        while end < len(levels):
            low = min(low, levels[end])
            high = max(high, levels[end])
            if high - low > tolerance:
                break
            end += 1
        if end - start > best_length:
            best_start, best_length = start, end - start
    return (best_start, best_length)
