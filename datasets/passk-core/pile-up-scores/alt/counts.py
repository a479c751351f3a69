from typing import List


def pile_up_scores(players: int, deck: List[int]) -> List[int]:
    points = [0 for _ in range(players)]
    pile: List[int] = []
    current = 0
    capturer = -1
    for card in deck:
        if card != 0 and pile and pile[-1] == card:
            points[current] += len(pile) + 1
            pile.clear()
            capturer = current
            continue
        if card == 0:
            pile.clear()
        else:
            pile.append(card)
            if len(pile) == 5:
                points[(current + 1) % players] += 5
                pile.clear()
        current = (current + 1) % players
    if capturer >= 0:
        points[capturer] += len(pile)
    return points
