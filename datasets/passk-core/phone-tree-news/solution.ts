function last_to_hear(calls: Record<string, string[]>, start: string): number {
  const finish = (member: string, heard: number): number => {
    let latest = heard;
    const callees = Object.hasOwn(calls, member) ? (calls[member] as string[]) : [];
    callees.forEach((callee, i) => {
      latest = Math.max(latest, finish(callee, heard + i + 1));
    });
    return latest;
  };
  return finish(start, 0);
}
