# mistake: rotates by the size of shift, always to the left
def rotate_low_bits(value: int, width: int, shift: int) -> int:
    mask = (1 << width) - 1
    low = value & mask
    shift = abs(shift) % width
    rotated = ((low << shift) | (low >> (width - shift))) & mask
    return (value & ~mask) | rotated
