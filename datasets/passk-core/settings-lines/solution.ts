function parse_settings(lines: string[]): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of lines) {
    const stripped = line.trim();
    if (stripped === "" || stripped.startsWith(";")) continue;
    const eq = stripped.indexOf("=");
    if (eq < 0) continue;
    const key = stripped.slice(0, eq).trim().toLowerCase();
    if (key === "") continue;
    const rest = stripped.slice(eq + 1).trimStart();
    let value: string;
    if (rest.startsWith('"')) {
      value = rest.slice(1, rest.indexOf('"', 1));
    } else {
      const semicolon = rest.indexOf(";");
      value = (semicolon < 0 ? rest : rest.slice(0, semicolon)).trimEnd();
    }
    settings[key] = value;
  }
  return settings;
}
