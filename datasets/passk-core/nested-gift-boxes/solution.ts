function parcel_weight(box: any[], box_weight: number): number {
  let total = box_weight;
  for (const item of box) {
    total += Array.isArray(item) ? parcel_weight(item, box_weight) : Number(item);
  }
  return total;
}
