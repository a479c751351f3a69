function receipt_line(name: string, cents: number, width: number): string {
  const sign = cents < 0 ? "-" : "";
  const magnitude = Math.abs(cents);
  const price = `${sign}${Math.floor(magnitude / 100)}.${String(magnitude % 100).padStart(2, "0")}`;
  const room = width - price.length - 1;
  let chars = Array.from(name);
  if (chars.length > room) {
    // Python's name[:room - 1]: a negative end counts from the end of the name.
    const cut = room - 1 < 0 ? Math.max(0, chars.length + room - 1) : room - 1;
    chars = [...chars.slice(0, cut), "~"];
  }
  return chars.join("") + ".".repeat(Math.max(0, width - chars.length - price.length)) + price;
}
