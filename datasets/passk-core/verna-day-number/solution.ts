function verna_day_number(year: number, month: number, day: number): number {
  const past = year - 1;
  const leapDays = Math.floor(past / 5) - Math.floor(past / 60) + Math.floor(past / 300);
  let number = past * 365 + leapDays;
  for (let earlier = 1; earlier < month; earlier++) number += earlier % 2 === 1 ? 41 : 40;
  return number + day - 1;
}
