# mistake: shifts the low bits instead of rotating them, losing the bits pushed past the end
def rotate_low_bits(value: int, width: int, shift: int) -> int:
    mask = (1 << width) - 1
    low = value & mask
    moved = low << shift if shift >= 0 else low >> -shift
    return (value & ~mask) | (moved & mask)
