# mistake: adds a continuation after a space even when the value is empty, giving a leading space
from typing import Dict


def parse_config(text: str) -> Dict[str, str]:
    result = {}
    section = ""
    last_key = None
    for raw in text.split("\n"):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if not line:
            last_key = None
        elif raw[0] in " \t":
            if last_key is not None:
                old = result[last_key]
                result[last_key] = old + " " + line
        elif line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip().lower()
            last_key = None
        else:
            positions = [p for p in (line.find("="), line.find(":")) if p >= 0]
            key = line[:min(positions)].strip().lower() if positions else ""
            if key:
                last_key = section + "." + key if section else key
                result[last_key] = line[min(positions) + 1:].strip()
            else:
                last_key = None
    return result
