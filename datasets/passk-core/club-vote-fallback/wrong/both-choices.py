# mistake: counts a vote for every usable name on the ballot, not only the first usable one
from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    votes = {}
    for ballot in ballots:
        for name in ballot:
            if name not in withdrawn:
                votes[name] = votes.get(name, 0) + 1
    if not votes:
        return None
    return min(votes, key=lambda n: (-votes[n], n))
