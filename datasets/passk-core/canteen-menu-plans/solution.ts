function count_menus(days: number, dishes: string[], banned: [string, string][]): number {
  if (days === 0) return 1;
  // BigInt: the number of menus grows exponentially with the number of days.
  const forbidden = new Set(banned.map(([a, b]) => JSON.stringify([a, b])));
  // State: the last dish and how many days in a row it has been served (1 or 2).
  let ways = new Map<string, [string, number, bigint]>();
  for (const dish of dishes) ways.set(JSON.stringify([dish, 1]), [dish, 1, 1n]);
  for (let day = 1; day < days; day++) {
    const following = new Map<string, [string, number, bigint]>();
    for (const [last, run, count] of ways.values()) {
      for (const dish of dishes) {
        if (forbidden.has(JSON.stringify([last, dish])) || (dish === last && run === 2)) continue;
        const nextRun = dish === last ? run + 1 : 1;
        const key = JSON.stringify([dish, nextRun]);
        const previous = following.get(key)?.[2] ?? 0n;
        following.set(key, [dish, nextRun, previous + count]);
      }
    }
    ways = following;
  }
  let total = 0n;
  for (const [, , count] of ways.values()) total += count;
  return Number(total);
}
