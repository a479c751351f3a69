function pick_songs(lengths: number[], target: number): number[] | null {
  const n = lengths.length;
  // combinations of each size, in increasing lexicographic order of positions
  function pick(size: number, from: number, total: number, chosen: number[]): number[] | null {
    if (chosen.length === size) return total === target ? [...chosen] : null;
    for (let i = from; i <= n - (size - chosen.length); i++) {
      chosen.push(i);
      const found = pick(size, i + 1, total + (lengths[i] as number), chosen);
      chosen.pop();
      if (found !== null) return found;
    }
    return null;
  }
  for (let size = 0; size <= n; size++) {
    const found = pick(size, 0, 0, []);
    if (found !== null) return found;
  }
  return null;
}
