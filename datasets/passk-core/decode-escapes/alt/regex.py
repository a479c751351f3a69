import re
def decode_escapes(text: str) -> str:
    table = {"n": "\n", "t": "\t", "\\": "\\"}
    return re.sub(r"\\([nt\\])", lambda m: table[m.group(1)], text)
