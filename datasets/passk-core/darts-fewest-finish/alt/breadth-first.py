from typing import Optional


def fewest_darts(score: int) -> Optional[int]:
    doubles = [2 * n for n in range(1, 21)] + [50]
    darts = set(range(1, 21)) | {3 * n for n in range(1, 21)} | {25} | set(doubles)
    # Breadth-first over the points still to score before the final double.
    wanted = {score - d for d in doubles if d <= score}
    if not wanted:
        return None
    seen = {0}
    level = [0]
    steps = 1
    while True:
        if any(total in wanted for total in level):
            return steps
        following = []
        for total in level:
            for d in darts:
                if total + d <= score and total + d not in seen:
                    seen.add(total + d)
                    following.append(total + d)
        level = following
        steps += 1
