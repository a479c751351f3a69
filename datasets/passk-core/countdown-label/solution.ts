function countdown_label(today: string, event: string): string {
  const dayNumber = (iso: string): number =>
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
  const days = dayNumber(event) - dayNumber(today);
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  const distance = Math.abs(days);
  const amount = distance >= 14 && distance % 7 === 0 ? `${distance / 7} weeks` : `${distance} days`;
  return days > 0 ? `in ${amount}` : `${amount} ago`;
}
