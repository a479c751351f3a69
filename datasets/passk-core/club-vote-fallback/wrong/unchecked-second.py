# mistake: falls back to the second choice without checking whether it withdrew too
from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    votes = {}
    for ballot in ballots:
        if not ballot:
            continue
        name = ballot[0]
        if name in withdrawn:
            if len(ballot) < 2:
                continue
            name = ballot[1]
        votes[name] = votes.get(name, 0) + 1
    if not votes:
        return None
    return min(votes, key=lambda n: (-votes[n], n))
