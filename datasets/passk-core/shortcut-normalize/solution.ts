function normalize_shortcut(text: string): string | null {
  const modifiers = new Map([
    ["ctrl", "Ctrl"],
    ["control", "Ctrl"],
    ["alt", "Alt"],
    ["option", "Alt"],
    ["shift", "Shift"],
    ["meta", "Meta"],
    ["cmd", "Meta"],
    ["command", "Meta"],
    ["super", "Meta"],
  ]);
  const named = new Map([
    ["enter", "Enter"],
    ["return", "Enter"],
    ["esc", "Esc"],
    ["escape", "Esc"],
    ["space", "Space"],
    ["tab", "Tab"],
  ]);
  for (let number = 1; number <= 12; number++) named.set(`f${number}`, `F${number}`);
  const found = new Set<string>();
  const keys: string[] = [];
  for (const part of text.split("+")) {
    const name = part.replace(/^ +| +$/g, "").toLowerCase();
    const modifier = modifiers.get(name);
    const key = named.get(name);
    if (modifier !== undefined) {
      if (found.has(modifier)) return null;
      found.add(modifier);
    } else if (key !== undefined) {
      keys.push(key);
    } else if (/^[a-z0-9]$/.test(name)) {
      keys.push(name.toUpperCase());
    } else {
      return null;
    }
  }
  if (keys.length !== 1) return null;
  return [...["Ctrl", "Alt", "Shift", "Meta"].filter((m) => found.has(m)), ...keys].join("+");
}
