function mask_digits(text: string, keep: number): string {
  // Only ASCII digits form runs: JavaScript's \d, unlike Python's, never matches other digits.
  return text.replace(/\d+/g, (run) => {
    const hidden = Math.max(0, run.length - keep);
    return "#".repeat(hidden) + run.slice(hidden);
  });
}
