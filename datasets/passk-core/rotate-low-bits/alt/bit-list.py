def rotate_low_bits(value: int, width: int, shift: int) -> int:
    bits = [(value >> i) & 1 for i in range(width)]
    result = value >> width << width
    for i, bit in enumerate(bits):
        result |= bit << ((i + shift) % width)
    return result
