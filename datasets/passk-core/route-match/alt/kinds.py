from typing import Dict, List, Optional, Tuple

LITERAL, DIGITS, PARAM, WILD = range(4)


def route_request(patterns: List[str], path: str) -> Optional[Tuple[str, Dict[str, str]]]:
    segments = list(filter(None, path.split("/")))

    def kind(seg: str) -> int:
        if seg == "*":
            return WILD
        if seg.startswith(":"):
            return DIGITS if seg.endswith("#") else PARAM
        return LITERAL

    candidates = []
    for order, pattern in enumerate(patterns):
        pieces = list(filter(None, pattern.split("/")))
        kinds = [kind(p) for p in pieces]
        captures: Dict[str, str] = {}
        ok = True
        for i, (piece, k) in enumerate(zip(pieces, kinds)):
            if k == WILD:
                rest = segments[i:]
                ok = len(rest) > 0
                captures["*"] = "/".join(rest)
                break
            if i >= len(segments):
                ok = False
                break
            seg = segments[i]
            if k == LITERAL:
                ok = seg == piece
            elif k == DIGITS:
                ok = seg != "" and all("0" <= ch <= "9" for ch in seg)
                captures[piece[1:-1]] = seg
            else:
                captures[piece[1:]] = seg
            if not ok:
                break
        if ok and WILD not in kinds and len(pieces) != len(segments):
            ok = False
        if ok:
            candidates.append((kinds, order, pattern, captures))
    if not candidates:
        return None
    _, _, pattern, captures = min(candidates, key=lambda c: (c[0], c[1]))
    return (pattern, captures)
