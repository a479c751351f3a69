from typing import Dict


def parse_config(text: str) -> Dict[str, str]:
    settings: Dict[str, str] = {}
    prefix = ""
    target = None  # the full key a continuation line may extend
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped[:1] == "#":
            continue
        if stripped == "":
            kind = "blank"
        elif raw[0] == " " or raw[0] == "\t":
            kind = "continuation"
        elif stripped[0] == "[" and stripped[-1] == "]":
            kind = "header"
        else:
            kind = "setting"
        if kind == "continuation":
            if target is not None:
                settings[target] = (settings[target] + " " + stripped).lstrip(" ") if settings[target] else stripped
            continue
        target = None
        if kind == "header":
            name = stripped[1:-1].strip().lower()
            prefix = name + "." if name else ""
        elif kind == "setting":
            cut = min((i for i in (stripped.find("="), stripped.find(":")) if i != -1), default=-1)
            if cut != -1 and stripped[:cut].strip():
                target = prefix + stripped[:cut].strip().lower()
                settings[target] = stripped[cut + 1:].strip()
    return settings
