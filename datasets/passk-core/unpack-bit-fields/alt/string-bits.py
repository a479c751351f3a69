from typing import List


def unpack_fields(word: int, widths: List[int]) -> List[int]:
    total = sum(abs(w) for w in widths)
    bits = format(word, "b").zfill(total) if total else ""
    result = []
    position = 0
    for width in widths:
        size = abs(width)
        chunk = bits[position:position + size]
        position += size
        value = int(chunk, 2)
        if width < 0 and chunk[0] == "1":
            value -= 2 ** size
        result.append(value)
    return result
