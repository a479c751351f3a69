from typing import Optional


def decode_header(header: int) -> Optional[dict]:
    bits = format(header, "016b")
    version = int(bits[0:3], 2)
    urgent = bits[3] == "1"
    length = int(bits[4:12], 2)
    check = int(bits[12:16], 2)
    if version == 0 or check != bits[0:12].count("1"):
        return None
    return {"version": version, "urgent": urgent, "length": length}
