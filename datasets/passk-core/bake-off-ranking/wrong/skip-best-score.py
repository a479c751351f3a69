# mistake: leaves out rule 2 (the best single score) and goes straight to low marks
from typing import List, Tuple
def rank_bakers(entries: List[Tuple[str, List[int]]]) -> List[str]:
    def rank_key(entry):
        name, scores = entry
        return (-sum(scores), sum(1 for s in scores if s < 5), name.lower())
    return [name for name, _ in sorted(entries, key=rank_key)]
