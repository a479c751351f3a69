function best_quiz_total(points: number[]): number {
  // resting: best total with the last question not entered; entered: best with it entered.
  let resting = 0;
  let entered = Number.NEGATIVE_INFINITY;
  for (const worth of points) {
    [resting, entered] = [Math.max(resting, entered), Math.max(resting + worth, entered + 2 * worth)];
  }
  return Math.max(resting, entered);
}
