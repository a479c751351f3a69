# mistake: lists the modifiers in the order they were typed instead of Ctrl, Alt, Shift, Meta
from typing import Optional


def normalize_shortcut(text: str) -> Optional[str]:
    modifiers = {"ctrl": "Ctrl", "control": "Ctrl", "alt": "Alt", "option": "Alt", "shift": "Shift",
                 "meta": "Meta", "cmd": "Meta", "command": "Meta", "super": "Meta"}
    named = {"enter": "Enter", "return": "Enter", "esc": "Esc", "escape": "Esc", "space": "Space", "tab": "Tab"}
    for number in range(1, 13):
        named["f" + str(number)] = "F" + str(number)
    found = set()
    order = []
    keys = []
    for part in text.split("+"):
        name = part.strip(" ").lower()
        if name in modifiers:
            if modifiers[name] in found:
                return None
            found.add(modifiers[name])
            order.append(modifiers[name])
        elif name in named:
            keys.append(named[name])
        elif len(name) == 1 and name.isascii() and name.isalnum():
            keys.append(name.upper())
        else:
            return None
    if len(keys) != 1:
        return None
    return "+".join(order + keys)
