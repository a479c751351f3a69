function format_table(rows: string[][]): string[] {
  const header = rows[0] ?? [];
  const data = rows.slice(1);
  // Python's len() counts code points, not UTF-16 units.
  const width = (text: string): number => [...text].length;
  const widths = header.map((_, c) => Math.max(...rows.map((row) => width(row[c] ?? ""))));
  const numeric = /^-?[0-9]+(\.[0-9]+)?$/;
  const right = header.map((_, c) => data.length > 0 && data.every((row) => numeric.test(row[c] ?? "")));

  function render(row: string[]): string {
    const cells = row.map((cell, c) => {
      const pad = " ".repeat((widths[c] ?? 0) - width(cell));
      return right[c] ? pad + cell : cell + pad;
    });
    return cells.join("  ").replace(/ +$/, "");
  }

  const rule = widths
    .map((w) => "-".repeat(w))
    .join("  ")
    .replace(/ +$/, "");
  return [render(header), rule, ...data.map(render)];
}
