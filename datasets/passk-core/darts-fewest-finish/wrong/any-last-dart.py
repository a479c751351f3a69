# mistake: ignores the rule that the last dart must be a double
from typing import Optional
def fewest_darts(score: int) -> Optional[int]:
    darts = set(range(1, 21)) | {2 * n for n in range(1, 21)} | {3 * n for n in range(1, 21)} | {25, 50}
    fewest = [0] + [score] * score
    for total in range(1, score + 1):
        fewest[total] = 1 + min(fewest[total - d] for d in darts if d <= total)
    return fewest[score]
