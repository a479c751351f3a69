function summarize_log(lines: string[], min_level: string): string[] {
  const order = ["DEBUG", "INFO", "WARN", "ERROR"];
  const threshold = order.indexOf(min_level);
  const entries: { time: string; body: string; count: number }[] = [];
  for (const line of lines) {
    // "[HH:MM:SS] " is 11 characters; the body is "LEVEL component: message".
    const body = line.slice(11);
    const level = body.slice(0, body.indexOf(" "));
    if (order.indexOf(level) < threshold) continue;
    const last = entries[entries.length - 1];
    if (last !== undefined && last.body === body) last.count++;
    else entries.push({ time: line.slice(1, 9), body, count: 1 });
  }
  return entries.map(({ time, body, count }) => `${time} ${body}${count > 1 ? ` (x${count})` : ""}`);
}
