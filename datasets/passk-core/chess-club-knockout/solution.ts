function knockout_champion(bracket: string | any[], ratings: Record<string, number>): [string, number] {
  type Bracket = string | Bracket[];

  // The winner of a bracket and the number of games they won in it.
  function play(part: Bracket): [string, number] {
    if (typeof part === "string") return [part, 0];
    const [a, wonA] = play(part[0] ?? "");
    const [b, wonB] = play(part[1] ?? "");
    const ratingA = ratings[a] ?? 0;
    const ratingB = ratings[b] ?? 0;
    const aWins = ratingA !== ratingB ? ratingA > ratingB : wonA !== wonB ? wonA < wonB : a < b;
    return aWins ? [a, wonA + 1] : [b, wonB + 1];
  }

  return play(bracket);
}
