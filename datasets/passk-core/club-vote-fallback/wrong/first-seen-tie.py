# mistake: on a tie returns the candidate who got a vote first, not the first alphabetically
from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    votes = {}
    for ballot in ballots:
        usable = [n for n in ballot if n not in withdrawn]
        if usable:
            votes[usable[0]] = votes.get(usable[0], 0) + 1
    if not votes:
        return None
    return max(votes, key=votes.get)
