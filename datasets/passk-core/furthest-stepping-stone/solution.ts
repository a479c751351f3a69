function furthest_stone(stones: number[], reach: number): number {
  for (let i = 0; i + 1 < stones.length; i++) {
    if ((stones[i + 1] as number) - (stones[i] as number) > reach) return stones[i] as number;
  }
  return stones[stones.length - 1] as number;
}
