# mistake: counts a score of 5 as a low mark (score <= 5 instead of score < 5)
from typing import List, Tuple
def rank_bakers(entries: List[Tuple[str, List[int]]]) -> List[str]:
    def rank_key(entry):
        name, scores = entry
        return (-sum(scores), -max(scores), sum(1 for s in scores if s <= 5), name.lower())
    return [name for name, _ in sorted(entries, key=rank_key)]
