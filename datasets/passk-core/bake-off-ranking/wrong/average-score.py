# mistake: ranks by average score instead of the total, misreading entries seen by different numbers of judges
from typing import List, Tuple
def rank_bakers(entries: List[Tuple[str, List[int]]]) -> List[str]:
    def rank_key(entry):
        name, scores = entry
        return (-sum(scores) / len(scores), -max(scores), sum(1 for s in scores if s < 5), name.lower())
    return [name for name, _ in sorted(entries, key=rank_key)]
