# mistake: forgets that version 0 makes the header invalid
from typing import Optional
def decode_header(header: int) -> Optional[dict]:
    if header & 0xF != bin(header >> 4).count("1"):
        return None
    return {"version": header >> 13, "urgent": bool(header >> 12 & 1), "length": header >> 4 & 0xFF}
