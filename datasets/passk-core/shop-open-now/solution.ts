function is_open(hours: string, day: string, time: string): boolean {
  const days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
  const mod7 = (n: number): number => ((n % 7) + 7) % 7;
  for (const rule of hours.split("; ")) {
    const [span = "", windows = ""] = rule.split(" ");
    const dash = span.indexOf("-");
    const first = dash < 0 ? span : span.slice(0, dash);
    const last = dash < 0 ? "" : span.slice(dash + 1);
    const start = days.indexOf(first);
    if (mod7(days.indexOf(day) - start) > mod7(days.indexOf(last || first) - start)) continue;
    for (const window of windows.split(",")) {
      const [opens = "", closes = ""] = window.split("-");
      if (opens <= time && time < closes) return true;
    }
  }
  return false;
}
