# mistake: a card equal to any card in the pile is a capture, not only one equal to the top card
from typing import List
def pile_up_scores(players: int, deck: List[int]) -> List[int]:
    scores = [0] * players
    pile = []
    turn = 0
    last_capture = None
    for card in deck:
        if card == 0:
            pile = []
            turn = (turn + 1) % players
        elif card in pile:
            scores[turn] += len(pile) + 1
            pile = []
            last_capture = turn
        else:
            pile.append(card)
            if len(pile) == 5:
                scores[(turn + 1) % players] += 5
                pile = []
            turn = (turn + 1) % players
    if last_capture is not None:
        scores[last_capture] += len(pile)
    return scores
