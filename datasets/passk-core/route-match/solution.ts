function route_request(patterns: string[], path: string): [string, Record<string, string>] | null {
  const segments = (text: string): string[] => text.split("/").filter((s) => s !== "");
  const parts = segments(path);

  // The match's rank (smaller is more specific) and its parameters, or null if no match.
  function match(segs: string[]): [string, Record<string, string>] | null {
    const wildcard = segs.length > 0 && segs[segs.length - 1] === "*";
    const fixed = wildcard ? segs.slice(0, -1) : segs;
    if (wildcard ? parts.length <= fixed.length : parts.length !== fixed.length) return null;
    const params: Record<string, string> = {};
    let rank = "";
    for (const [i, seg] of fixed.entries()) {
      const part = parts[i] as string;
      if (seg.startsWith(":") && seg.endsWith("#")) {
        if (!/^[0-9]+$/.test(part)) return null;
        params[seg.slice(1, -1)] = part;
        rank += "b";
      } else if (seg.startsWith(":")) {
        params[seg.slice(1)] = part;
        rank += "c";
      } else if (seg === part) {
        rank += "a";
      } else {
        return null;
      }
    }
    if (wildcard) {
      params["*"] = parts.slice(fixed.length).join("/");
      rank += "d";
    }
    return [rank, params];
  }

  let best: { rank: string; pattern: string; params: Record<string, string> } | null = null;
  for (const pattern of patterns) {
    const found = match(segments(pattern));
    if (found !== null && (best === null || found[0] < best.rank)) {
      best = { rank: found[0], pattern, params: found[1] };
    }
  }
  return best === null ? null : [best.pattern, best.params];
}
