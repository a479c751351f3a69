import re
from typing import Dict, List

SETTING = re.compile(r'([^=]*)=\s*(?:"([^"]*)"|([^;]*))')


def parse_settings(lines: List[str]) -> Dict[str, str]:
    found: Dict[str, str] = {}
    for raw in lines:
        line = raw.strip()
        if line[:1] in ("", ";"):
            continue
        match = SETTING.match(line)
        if not match:
            continue
        key = match.group(1).strip().lower()
        if key:
            quoted, plain = match.group(2), match.group(3)
            found[key] = quoted if quoted is not None else plain.rstrip()
    return found
