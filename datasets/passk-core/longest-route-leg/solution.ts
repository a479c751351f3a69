function longest_leg(route: [number, number][]): number | null {
  let best: number | null = null;
  let bestLength = -1;
  for (let i = 0; i + 1 < route.length; i++) {
    const [x1, y1] = route[i] as [number, number];
    const [x2, y2] = route[i + 1] as [number, number];
    const length = (x2 - x1) ** 2 + (y2 - y1) ** 2;
    if (best === null || length > bestLength) {
      best = i;
      bestLength = length;
    }
  }
  return best;
}
