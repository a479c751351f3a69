# mistake: a 0 throws the pile away but the same player draws again
from typing import List
def pile_up_scores(players: int, deck: List[int]) -> List[int]:
    scores = [0] * players
    pile = []
    turn = 0
    last_capture = None
    for card in deck:
        if card == 0:
            pile = []
        elif pile and card == pile[-1]:
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
