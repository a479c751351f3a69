function understaffed(shifts: [number, number][], opens: number, closes: number, need: number): [number, number][] {
  const cuts = new Set([opens, closes]);
  for (const [start, end] of shifts) {
    for (const t of [start, end]) cuts.add(Math.min(Math.max(t, opens), closes));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const left = points[i] as number;
    const right = points[i + 1] as number;
    const onDuty = shifts.filter(([start, end]) => start <= left && left < end).length;
    if (onDuty >= need) continue;
    const previous = spans.at(-1);
    if (previous !== undefined && previous[1] === left) previous[1] = right;
    else spans.push([left, right]);
  }
  return spans;
}
