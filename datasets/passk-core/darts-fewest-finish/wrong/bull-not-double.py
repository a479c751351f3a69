# mistake: does not count the bullseye as a double, so it cannot finish
from typing import Optional
def fewest_darts(score: int) -> Optional[int]:
    doubles = {2 * n for n in range(1, 21)}
    darts = set(range(1, 21)) | {3 * n for n in range(1, 21)} | {25, 50} | doubles
    fewest = [0] + [score] * score
    for total in range(1, score + 1):
        fewest[total] = 1 + min(fewest[total - d] for d in darts if d <= total)
    finishes = [fewest[score - d] + 1 for d in doubles if d <= score]
    return min(finishes, default=None)
