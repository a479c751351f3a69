# mistake: off by one in the aisle's position (shifted to bit 10 instead of bit 9)
def pack_location(aisle: int, shelf: int, slot: int) -> int:
    return (1 << 15) | (aisle << 10) | ((shelf - 1) << 5) | slot
