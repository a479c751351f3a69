function shortest_hex_color(color: string): string {
  const digits = color.slice(1).toLowerCase();
  if (digits.length === 6 || digits.length === 8) {
    let short = "";
    let repeated = true;
    for (let i = 0; i < digits.length; i += 2) {
      if (digits[i] !== digits[i + 1]) repeated = false;
      short += digits[i];
    }
    if (repeated) return `#${short}`;
  }
  return `#${digits}`;
}
