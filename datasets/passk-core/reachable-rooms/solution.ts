function reachable_rooms(doors: [string, string][], start: string, locked: string[]): string[] {
  const barred = new Set(locked);
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length > 0) {
    const room = todo.pop() as string;
    for (const [a, b] of doors) {
      if (a === room && !seen.has(b) && !barred.has(b)) {
        seen.add(b);
        todo.push(b);
      }
    }
  }
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
