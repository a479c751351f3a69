# mistake: stores the shelf label itself instead of the label minus 1
def pack_location(aisle: int, shelf: int, slot: int) -> int:
    return (1 << 15) | (aisle << 9) | (shelf << 5) | slot
