function duration_seconds(text: string): number | null {
  const match = /^P(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text);
  if (match === null || text === "P") return null;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return (((days as number) * 24 + (hours as number)) * 60 + (minutes as number)) * 60 + (seconds as number);
}
