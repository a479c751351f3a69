function arrival_time(departure: string, departure_offset: number, duration: number, arrival_offset: number): string {
  const [hours = 0, minutes = 0] = departure.split(":").map(Number);
  const local = hours * 60 + minutes - departure_offset + duration + arrival_offset;
  // Floor toward -infinity, as the arrival can fall on an earlier date.
  const days = Math.floor(local / 1440);
  const clock = local - days * 1440;
  const pad = (value: number): string => String(value).padStart(2, "0");
  const text = `${pad(Math.floor(clock / 60))}:${pad(clock % 60)}`;
  if (days === 0) return text;
  return `${text} (${days > 0 ? "+" : ""}${days})`;
}
