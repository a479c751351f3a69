function number_outline(outline: any[]): string[] {
  const lines: string[] = [];

  function walk(items: unknown[], prefix: string): void {
    let count = 0;
    for (const item of items) {
      if (Array.isArray(item)) {
        walk(item, `${prefix}${count}.`);
      } else {
        count += 1;
        lines.push(`${prefix}${count} ${item}`);
      }
    }
  }

  walk(outline, "");
  return lines;
}
