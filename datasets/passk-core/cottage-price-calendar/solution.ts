function price_calendar(base: number, rules: [string, number, number, number][], lo: number, hi: number): [number, number, number][] {
  const cuts = new Set([lo, hi]);
  for (const [, start, end] of rules) {
    for (const night of [start, end]) cuts.add(Math.min(Math.max(night, lo), hi));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const calendar: [number, number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const left = points[i] as number;
    const right = points[i + 1] as number;
    let price = base;
    for (const [kind, start, end, value] of rules) {
      if (start <= left && left < end) {
        price = kind === "set" ? value : Math.floor((price * (100 - value)) / 100);
      }
    }
    const previous = calendar.at(-1);
    if (previous !== undefined && previous[2] === price) previous[1] = right;
    else calendar.push([left, right, price]);
  }
  return calendar;
}
