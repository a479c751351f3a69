function resolve_redirects(redirects: Record<string, string>): Record<string, string | null> {
  const has = (page: string): boolean => Object.hasOwn(redirects, page);
  const final: [string, string | null][] = [];
  for (const start of Object.keys(redirects)) {
    const visited = new Set([start]);
    let page: string | null = redirects[start] as string;
    while (has(page)) {
      if (visited.has(page)) {
        page = null;
        break;
      }
      visited.add(page);
      page = redirects[page] as string;
    }
    final.push([start, page]);
  }
  return Object.fromEntries(final);
}
