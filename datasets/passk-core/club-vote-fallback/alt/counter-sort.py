from collections import Counter
from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    tally = Counter()
    for ballot in ballots:
        for name in ballot:
            if name not in withdrawn:
                tally[name] += 1
                break
    ranked = sorted(tally.items(), key=lambda item: (-item[1], item[0]))
    return ranked[0][0] if ranked else None
