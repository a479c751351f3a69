# mistake: a ballot whose first choice withdrew is thrown away instead of going to the second choice
from typing import List, Optional, Set
def election_winner(ballots: List[List[str]], withdrawn: Set[str]) -> Optional[str]:
    votes = {}
    for ballot in ballots:
        if ballot and ballot[0] not in withdrawn:
            votes[ballot[0]] = votes.get(ballot[0], 0) + 1
    if not votes:
        return None
    return min(votes, key=lambda n: (-votes[n], n))
