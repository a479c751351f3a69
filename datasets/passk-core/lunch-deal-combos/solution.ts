function count_lunch_deals(menu: number[][], budget: number): number {
  function count(course: number, spent: number): number {
    if (course === menu.length) return spent <= budget ? 1 : 0;
    let deals = 0;
    for (const price of menu[course] as number[]) deals += count(course + 1, spent + price);
    return deals;
  }
  return count(0, 0);
}
