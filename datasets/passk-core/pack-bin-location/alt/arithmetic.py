def pack_location(aisle: int, shelf: int, slot: int) -> int:
    value = 1
    for width, field in ((6, aisle), (4, shelf - 1), (5, slot)):
        value = value * 2 ** width + field
    return value
