function possible_codes(symbols: string, clues: string[]): string[] {
  const fits = (code: string[], clue: string[]): boolean => {
    const first = code.indexOf(clue[0] as string);
    const second = code.indexOf(clue[2] as string);
    return clue[1] === "<" ? first < second : Math.abs(first - second) === 1;
  };
  const parsedClues = clues.map((clue) => Array.from(clue));
  const sorted = Array.from(symbols).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const codes: string[] = [];
  // Permutations in lexicographic order of the sorted symbols, like itertools.permutations.
  const build = (prefix: string[], rest: string[]): void => {
    if (rest.length === 0) {
      if (parsedClues.every((clue) => fits(prefix, clue))) codes.push(prefix.join(""));
      return;
    }
    rest.forEach((symbol, i) => {
      build([...prefix, symbol], [...rest.slice(0, i), ...rest.slice(i + 1)]);
    });
  };
  build([], sorted);
  return codes;
}
