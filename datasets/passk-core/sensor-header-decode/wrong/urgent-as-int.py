# mistake: gives the urgent flag as the bit's value (1 or 0) instead of True or False
from typing import Optional
def decode_header(header: int) -> Optional[dict]:
    version = header >> 13
    check = header & 0xF
    if version == 0 or check != bin(header >> 4).count("1"):
        return None
    return {"version": version, "urgent": (header >> 12) & 1, "length": (header >> 4) & 0xFF}
