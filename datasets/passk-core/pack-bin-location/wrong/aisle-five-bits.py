# mistake: counts bits 14 to 9 as five bits and masks the aisle to 0-31
def pack_location(aisle: int, shelf: int, slot: int) -> int:
    return (1 << 15) | ((aisle & 0x1F) << 9) | ((shelf - 1) << 5) | slot
