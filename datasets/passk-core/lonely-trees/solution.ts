function lonely_trees(forest: string[]): number {
  const isTree = (r: number, c: number): boolean => forest[r]?.[c] === "T";
  let count = 0;
  forest.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== "T") continue;
      let alone = true;
      for (const dr of [-1, 0, 1]) {
        for (const dc of [-1, 0, 1]) {
          if ((dr !== 0 || dc !== 0) && isTree(r + dr, c + dc)) alone = false;
        }
      }
      if (alone) count++;
    }
  });
  return count;
}
