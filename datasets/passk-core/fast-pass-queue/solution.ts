function apply_fast_passes(queue: string[], passes: Set<string>, k: number): string[] {
  const line = [...queue];
  for (const name of queue.filter((person) => passes.has(person))) {
    let spot = line.indexOf(name);
    for (let moved = 0; moved < k; moved++) {
      const ahead = line[spot - 1];
      if (spot === 0 || ahead === undefined || passes.has(ahead)) break;
      line[spot - 1] = name;
      line[spot] = ahead;
      spot--;
    }
  }
  return line;
}
