function dice_range(expression: string): [number, number] {
  let lowest = 0;
  let highest = 0;
  for (const match of expression.matchAll(/([+-]?)(?:(\d*)d(\d+)|(\d+))/g)) {
    const [, sign, count, sides, number] = match;
    let low: number;
    let high: number;
    if (number) {
      low = high = Number(number);
    } else {
      const dice = count ? Number(count) : 1;
      low = dice;
      high = dice * Number(sides);
    }
    if (sign === "-") [low, high] = [-high, -low];
    lowest += low;
    highest += high;
  }
  return [lowest, highest];
}
