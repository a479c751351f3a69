from typing import Optional

ORDER = ["Ctrl", "Alt", "Shift", "Meta"]
ALIASES = {"Ctrl": ["ctrl", "control"], "Alt": ["alt", "option"], "Shift": ["shift"],
           "Meta": ["meta", "cmd", "command", "super"]}
KEYS = {"enter": "Enter", "return": "Enter", "esc": "Esc", "escape": "Esc", "space": "Space", "tab": "Tab"}
KEYS.update({"f%d" % i: "F%d" % i for i in range(1, 13)})
KEYS.update({ch: ch.upper() for ch in "abcdefghijklmnopqrstuvwxyz0123456789"})


def normalize_shortcut(text: str) -> Optional[str]:
    used = []
    key = None
    for raw in text.split("+"):
        part = raw.strip(" ").lower()
        modifier = next((m for m in ORDER if part in ALIASES[m]), None)
        if modifier is not None:
            if modifier in used:
                return None
            used.append(modifier)
        elif part in KEYS and key is None:
            key = KEYS[part]
        else:
            return None
    if key is None:
        return None
    return "+".join(sorted(used, key=ORDER.index) + [key])
