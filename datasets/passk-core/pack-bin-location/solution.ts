function pack_location(aisle: number, shelf: number, slot: number): number {
  // Bit 15 is set; aisle in bits 9 and up, shelf - 1 in bits 5-8, slot in bits 0-4.
  return (1 << 15) | (aisle << 9) | ((shelf - 1) << 5) | slot;
}
