function passengers_left_behind(capacity: number, stops: number[][]): number {
  let onBoard = 0;
  let leftBehind = 0;
  for (const [gettingOff, waiting] of stops as [number, number][]) {
    onBoard = Math.max(0, onBoard - gettingOff);
    const boarding = Math.min(waiting, capacity - onBoard);
    onBoard += boarding;
    leftBehind += waiting - boarding;
  }
  return leftBehind;
}
