# mistake: does not reduce shift modulo width, so shifts of width or more (and negative ones) go wrong
def rotate_low_bits(value: int, width: int, shift: int) -> int:
    mask = (1 << width) - 1
    low = value & mask
    if shift < 0:
        shift = width + shift
    rotated = ((low << shift) | (low >> max(width - shift, 0))) & mask
    return (value & ~mask) | rotated
