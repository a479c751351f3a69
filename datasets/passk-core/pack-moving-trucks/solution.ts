function load_trucks(boxes: [string, number][], capacity: number): string[][] {
  const order = [...boxes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const trucks: string[][] = [];
  const room: number[] = [];
  for (const [label, weight] of order) {
    const truck = room.findIndex((free) => weight <= free);
    if (truck >= 0) {
      (trucks[truck] as string[]).push(label);
      room[truck] = (room[truck] as number) - weight;
    } else {
      trucks.push([label]);
      room.push(capacity - weight);
    }
  }
  return trucks;
}
