function contact(a: [number, number, number, number], b: [number, number, number, number]): string {
  const width = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const height = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  if (width > 0 && height > 0) return "overlap";
  if (width >= 0 && height >= 0) return "touch";
  return "apart";
}
