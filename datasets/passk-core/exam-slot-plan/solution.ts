function plan_exam_slots(exams: string[], clashes: [string, string][]): Record<string, number> {
  const names = [...exams].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const clashing = new Map<string, Set<string>>(names.map((name) => [name, new Set<string>()]));
  for (const [a, b] of clashes) {
    clashing.get(a)?.add(b);
    clashing.get(b)?.add(a);
  }
  const plan = new Map<string, number>();

  function fill(i: number, slots: number): boolean {
    if (i === names.length) return true;
    const name = names[i] as string;
    const others = [...(clashing.get(name) ?? [])];
    for (let slot = 1; slot <= slots; slot++) {
      if (others.every((other) => plan.get(other) !== slot)) {
        plan.set(name, slot);
        if (fill(i + 1, slots)) return true;
        plan.delete(name);
      }
    }
    return false;
  }

  let slots = 0;
  while (!fill(0, slots)) slots++;
  const result: Record<string, number> = {};
  for (const name of names) result[name] = plan.get(name) as number;
  return result;
}
