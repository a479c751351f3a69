# mistake: counts the 1 bits of the whole header, check bits included, instead of bits 4 to 15
from typing import Optional
def decode_header(header: int) -> Optional[dict]:
    version = header >> 13
    if version == 0 or header & 0xF != bin(header).count("1"):
        return None
    return {"version": version, "urgent": bool(header >> 12 & 1), "length": header >> 4 & 0xFF}
