function first_player_wins(biscuits: number, moves: number[]): boolean {
  const memo = new Map<string, boolean>();
  function wins(left: number, banned: number): boolean {
    const key = `${left},${banned}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = moves.some((k) => k <= left && k !== banned && !wins(left - k, k));
    memo.set(key, result);
    return result;
  }
  return wins(biscuits, 0);
}
