function choose_lockers(n: number, events: [string, string][]): number[] {
  // Lockers 1..n; 0 and n + 1 stand for "no neighbour" and stay free.
  const taken: boolean[] = new Array(n + 2).fill(false);
  const holder = new Map<string, number>();
  const chosen: number[] = [];
  for (const [kind, name] of events) {
    if (kind === "out") {
      const locker = holder.get(name);
      if (locker !== undefined) {
        taken[locker] = false;
        holder.delete(name);
      }
      continue;
    }
    let locker = 0;
    for (let i = 1; i <= n; i++) {
      if (taken[i]) continue;
      if (!taken[i - 1] && !taken[i + 1]) {
        locker = i;
        break;
      }
      if (locker === 0) locker = i;
    }
    if (locker !== 0) {
      taken[locker] = true;
      holder.set(name, locker);
    }
    chosen.push(locker);
  }
  return chosen;
}
