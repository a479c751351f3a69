function decode_escapes(text: string): string {
  const decoded: Record<string, string> = { n: "\n", t: "\t", "\\": "\\" };
  let out = "";
  let i = 0;
  while (i < text.length) {
    const next = text[i + 1];
    if (text[i] === "\\" && next !== undefined && next in decoded) {
      out += decoded[next];
      i += 2;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}
