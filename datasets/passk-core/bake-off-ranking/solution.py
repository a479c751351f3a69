from typing import List, Tuple
def rank_bakers(entries: List[Tuple[str, List[int]]]) -> List[str]:
    def rank_key(entry):
        name, scores = entry
        low_marks = len([score for score in scores if score < 5])
        return (-sum(scores), -max(scores), low_marks, name.lower())
    return [name for name, _ in sorted(entries, key=rank_key)]
