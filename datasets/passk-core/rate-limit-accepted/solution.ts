function accepted_requests(times: number[], limit: number, window: number): number[] {
  const accepted: number[] = [];
  for (const t of times) {
    const recent = accepted.filter((s) => s > t - window).length;
    if (recent < limit) accepted.push(t);
  }
  return accepted;
}
