# mistake: leaves out the valid-location bit 15
def pack_location(aisle: int, shelf: int, slot: int) -> int:
    return (aisle << 9) | ((shelf - 1) << 5) | slot
