import re
def shortest_hex_color(color: str) -> str:
    h = color.lower()[1:]
    pairs = re.findall("..", h) if len(h) > 4 else [c + c for c in h]
    if all(p[0] == p[1] for p in pairs):
        return "#" + "".join(p[0] for p in pairs)
    return "#" + "".join(pairs)
