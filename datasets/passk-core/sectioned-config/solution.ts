function parse_config(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  let section = "";
  let lastKey: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#")) continue;
    if (line === "") {
      lastKey = null;
    } else if (raw[0] === " " || raw[0] === "\t") {
      // A continuation line extends the value of the last key.
      if (lastKey !== null) {
        const old = result[lastKey] as string;
        result[lastKey] = old === "" ? line : `${old} ${line}`;
      }
    } else if (line.startsWith("[") && line.endsWith("]")) {
      section = line.slice(1, -1).trim().toLowerCase();
      lastKey = null;
    } else {
      const positions = [line.indexOf("="), line.indexOf(":")].filter((p) => p >= 0);
      const split = positions.length > 0 ? Math.min(...positions) : -1;
      const key = split >= 0 ? line.slice(0, split).trim().toLowerCase() : "";
      if (key !== "") {
        lastKey = section === "" ? key : `${section}.${key}`;
        result[lastKey] = line.slice(split + 1).trim();
      } else {
        lastKey = null;
      }
    }
  }
  return result;
}
