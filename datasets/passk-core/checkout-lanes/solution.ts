function checkout_lanes(lanes: number, customers: number[][]): number[][] {
  const freeAt: number[] = new Array(lanes).fill(0);
  const served: number[][] = [];
  for (const [arrival = 0, items = 0] of customers) {
    let chosen = -1;
    let start = Infinity;
    // Lane 0 is express: only customers with at most 5 items. Strict < keeps the lowest lane on a tie.
    for (let lane = items <= 5 ? 0 : 1; lane < lanes; lane++) {
      const begins = Math.max(arrival, freeAt[lane] ?? 0);
      if (begins < start) {
        start = begins;
        chosen = lane;
      }
    }
    const finish = start + items + 2;
    freeAt[chosen] = finish;
    served.push([chosen, finish]);
  }
  return served;
}
