function burn(forest: string[], minutes: number): string[] {
  let grid = [...forest];
  for (let minute = 0; minute < minutes; minute++) {
    const before = grid;
    const burning = (r: number, c: number): boolean => before[r]?.[c] === "F";
    grid = before.map((row, r) =>
      [...row]
        .map((cell, c) => {
          if (cell === "F") return ".";
          if (
            cell === "T" &&
            (burning(r - 1, c) || burning(r + 1, c) || burning(r, c - 1) || burning(r, c + 1))
          ) {
            return "F";
          }
          return cell;
        })
        .join(""),
    );
  }
  return grid;
}
