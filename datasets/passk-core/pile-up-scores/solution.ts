function pile_up_scores(players: number, deck: number[]): number[] {
  const scores: number[] = new Array(players).fill(0);
  let pile: number[] = [];
  let turn = 0;
  let lastCapture: number | null = null;
  for (const card of deck) {
    if (card === 0) {
      pile = [];
      turn = (turn + 1) % players;
    } else if (pile.length > 0 && card === pile[pile.length - 1]) {
      scores[turn] = (scores[turn] as number) + pile.length + 1;
      pile = [];
      lastCapture = turn;
    } else {
      pile.push(card);
      if (pile.length === 5) {
        const next = (turn + 1) % players;
        scores[next] = (scores[next] as number) + 5;
        pile = [];
      }
      turn = (turn + 1) % players;
    }
  }
  if (lastCapture !== null) scores[lastCapture] = (scores[lastCapture] as number) + pile.length;
  return scores;
}
