# mistake: returns the first exact choice in list order, not one with the fewest songs
from typing import List, Optional
def pick_songs(lengths: List[int], target: int) -> Optional[List[int]]:
    def search(i, left, chosen):
        if left == 0:
            return chosen
        if i == len(lengths):
            return None
        if lengths[i] <= left:
            found = search(i + 1, left - lengths[i], chosen + [i])
            if found is not None:
                return found
        return search(i + 1, left, chosen)
    return search(0, target, [])
