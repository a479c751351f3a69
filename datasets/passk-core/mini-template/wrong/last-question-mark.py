# mistake: splits the content at its last "?", so a default containing "?" is cut short
from typing import Dict


def render_template(template: str, values: Dict[str, str]) -> str:
    known = {"upper", "lower", "trim", "initial"}

    def render(content):
        lookup, question, default = content.rpartition("?")
        if not question:
            lookup = default
        pieces = [piece.strip() for piece in lookup.split("|")]
        name = pieces[0]
        filters = pieces[1:]
        if any(f not in known for f in filters):
            return None
        text = values.get(name, "")
        if text == "" and question:
            text = default.strip()
        elif name not in values:
            return None
        for f in filters:
            if f == "upper":
                text = text.upper()
            elif f == "lower":
                text = text.lower()
            elif f == "trim":
                text = text.strip()
            else:
                text = text[:1] + "." if text else ""
        return text

    out = []
    i = 0
    while i < len(template):
        if template.startswith("\\{{", i):
            out.append("{{")
            i += 3
        elif template.startswith("{{", i):
            rest = template[i + 2:]
            j = rest.find("}}")
            if j < 0:
                out.append(template[i:])
                break
            result = render(rest[:j])
            out.append("{{" + rest[:j] + "}}" if result is None else result)
            i += j + 4
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
