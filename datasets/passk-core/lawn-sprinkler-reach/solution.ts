function watered_grass(lawn: string[]): number {
  const sprinklers: { r: number; c: number; reach: number }[] = [];
  lawn.forEach((row, r) => {
    [...row].forEach((ch, c) => {
      if (ch >= "0" && ch <= "9") sprinklers.push({ r, c, reach: Number(ch) });
    });
  });
  let watered = 0;
  lawn.forEach((row, r) => {
    [...row].forEach((ch, c) => {
      if (ch === "." && sprinklers.some((s) => Math.abs(r - s.r) + Math.abs(c - s.c) <= s.reach)) watered++;
    });
  });
  return watered;
}
