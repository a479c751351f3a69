from typing import Optional
def decode_header(header: int) -> Optional[dict]:
    version = header >> 13
    urgent = (header >> 12) & 1
    length = (header >> 4) & 0xFF
    check = header & 0xF
    if version == 0 or check != bin(header >> 4).count("1"):
        return None
    return {"version": version, "urgent": urgent == 1, "length": length}
