# mistake: returns only the rotated low bits, dropping the bits at width and above
def rotate_low_bits(value: int, width: int, shift: int) -> int:
    mask = (1 << width) - 1
    low = value & mask
    shift %= width
    return ((low << shift) | (low >> (width - shift))) & mask
