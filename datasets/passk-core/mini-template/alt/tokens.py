from typing import Dict

FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "trim": str.strip,
    "initial": lambda s: s[0] + "." if s else "",
}


def render_template(template: str, values: Dict[str, str]) -> str:
    def tag_result(raw: str) -> str:
        head, has_default, default = raw.partition("?")
        name, *filters = [part.strip() for part in head.split("|")]
        if not all(f in FILTERS for f in filters):
            return "{{" + raw + "}}"
        value = values.get(name)
        if has_default and not value:
            value = default.strip()
        if value is None:
            return "{{" + raw + "}}"
        for f in filters:
            value = FILTERS[f](value)
        return value

    pieces = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start < 0:
            pieces.append(template[pos:])
            break
        if start > pos and template[start - 1] == "\\":
            pieces.append(template[pos:start - 1] + "{{")
            pos = start + 2
            continue
        end = template.find("}}", start + 2)
        if end < 0:
            pieces.append(template[pos:])
            break
        pieces.append(template[pos:start])
        pieces.append(tag_result(template[start + 2:end]))
        pos = end + 2
    return "".join(pieces)
