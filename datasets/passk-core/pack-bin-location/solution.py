def pack_location(aisle: int, shelf: int, slot: int) -> int:
    return (1 << 15) | (aisle << 9) | ((shelf - 1) << 5) | slot
