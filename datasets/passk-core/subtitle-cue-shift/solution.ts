function shift_cue(line: string, offset_ms: number): string {
  const parse = (stamp: string): number => {
    const [clock = "", millis = ""] = stamp.split(",");
    const [hours = 0, minutes = 0, seconds = 0] = clock.split(":").map(Number);
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Number(millis);
  };
  const show = (total: number): string => {
    const clamped = Math.max(0, total);
    const pad = (value: number, size = 2): string => String(value).padStart(size, "0");
    const millis = clamped % 1000;
    const allSeconds = Math.floor(clamped / 1000);
    const seconds = allSeconds % 60;
    const allMinutes = Math.floor(allSeconds / 60);
    return `${pad(Math.floor(allMinutes / 60))}:${pad(allMinutes % 60)}:${pad(seconds)},${pad(millis, 3)}`;
  };
  const [start = "", end = ""] = line.split(" --> ");
  return `${show(parse(start) + offset_ms)} --> ${show(parse(end) + offset_ms)}`;
}
