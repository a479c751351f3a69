function fits_mask(code: string, mask: string): boolean {
  const items: string[] = [];
  const maskChars = Array.from(mask);
  for (let i = 0; i < maskChars.length; i++) {
    if (maskChars[i] === "\\" && i + 1 < maskChars.length) {
      items.push(`\\${maskChars[i + 1]}`);
      i++;
    } else {
      items.push(maskChars[i] as string);
    }
  }
  const classes: Record<string, string> = { A: "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "9": "0123456789" };
  const codeChars = Array.from(code);
  if (items.length !== codeChars.length) return false;
  return items.every((item, i) => {
    const got = codeChars[i] as string;
    const allowed = classes[item];
    if (allowed !== undefined) return allowed.includes(got);
    return item === "?" || got === Array.from(item).at(-1);
  });
}
