function chain_of_command(reports: Record<string, string[]>, top: string, person: string): string[] | null {
  if (top === person) return [top];
  const below = Object.hasOwn(reports, top) ? (reports[top] as string[]) : [];
  for (const report of below) {
    const chain = chain_of_command(reports, report, person);
    if (chain !== null) return [top, ...chain];
  }
  return null;
}
