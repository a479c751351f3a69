from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    votes = {}
    for ballot in ballots:
        usable = [name for name in ballot if name not in withdrawn]
        if usable:
            votes[usable[0]] = votes.get(usable[0], 0) + 1
    if not votes:
        return None
    return min(votes, key=lambda name: (-votes[name], name))
