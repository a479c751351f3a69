function lowest_over_budget(chart: Record<string, any>, limit: number): string[] {
  type Person = { name: string; cost: number; reports: Person[] };
  const found: string[] = [];

  function teamCost(person: Person): number {
    // Nobody found can be below someone else found (their report's team would be over budget), so
    // adding a person after their reports' teams still lists the found people in chart order.
    const costs = person.reports.map(teamCost);
    const total = costs.reduce((sum, cost) => sum + cost, person.cost);
    if (total > limit && costs.every((cost) => cost <= limit)) found.push(person.name);
    return total;
  }

  teamCost(chart as Person);
  return found;
}
