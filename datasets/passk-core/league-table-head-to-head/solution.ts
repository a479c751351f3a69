function league_table(matches: [string, string, number, number][]): string[] {
  const points = (scored: number, conceded: number): number =>
    scored > conceded ? 3 : scored === conceded ? 1 : 0;
  const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

  const stats = new Map<string, { points: number; difference: number; goals: number }>();
  for (const [home, away, homeGoals, awayGoals] of matches) {
    for (const [team, scored, conceded] of [
      [home, homeGoals, awayGoals],
      [away, awayGoals, homeGoals],
    ] as const) {
      const row = stats.get(team) ?? { points: 0, difference: 0, goals: 0 };
      row.points += points(scored, conceded);
      row.difference += scored - conceded;
      row.goals += scored;
      stats.set(team, row);
    }
  }

  // Teams equal in points, goal difference and goals scored form a tied group.
  const groups = new Map<string, { key: [number, number, number]; members: string[] }>();
  for (const [team, row] of stats) {
    const key: [number, number, number] = [row.points, row.difference, row.goals];
    const group = groups.get(key.join(","));
    if (group) group.members.push(team);
    else groups.set(key.join(","), { key, members: [team] });
  }
  const ordered = [...groups.values()].sort(
    (a, b) => b.key[0] - a.key[0] || b.key[1] - a.key[1] || b.key[2] - a.key[2],
  );

  const ranking: string[] = [];
  for (const { members } of ordered) {
    const inGroup = new Set(members);
    const headToHead = new Map<string, number>();
    for (const [home, away, homeGoals, awayGoals] of matches) {
      if (inGroup.has(home) && inGroup.has(away)) {
        headToHead.set(home, (headToHead.get(home) ?? 0) + points(homeGoals, awayGoals));
        headToHead.set(away, (headToHead.get(away) ?? 0) + points(awayGoals, homeGoals));
      }
    }
    const earned = (team: string): number => headToHead.get(team) ?? 0;
    ranking.push(...members.sort((a, b) => earned(b) - earned(a) || compareNames(a, b)));
  }
  return ranking;
}
