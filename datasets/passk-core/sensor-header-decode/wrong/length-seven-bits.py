# mistake: masks the length with 0x7F, reading bits 10 to 4 instead of 11 to 4
from typing import Optional
def decode_header(header: int) -> Optional[dict]:
    version = header >> 13
    if version == 0 or header & 0xF != bin(header >> 4).count("1"):
        return None
    return {"version": version, "urgent": bool(header >> 12 & 1), "length": header >> 4 & 0x7F}
