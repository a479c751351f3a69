# mistake: cuts the line at the first ";" before looking for a quoted value
from typing import Dict, List


def parse_settings(lines: List[str]) -> Dict[str, str]:
    settings = {}
    for line in lines:
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        key, sep, rest = stripped.partition(";")[0].partition("=")
        key = key.strip().lower()
        if not sep or not key:
            continue
        rest = rest.lstrip()
        if rest.startswith('"'):
            value = rest[1:rest.index('"', 1)]
        else:
            value = rest.partition(";")[0].rstrip()
        settings[key] = value
    return settings
