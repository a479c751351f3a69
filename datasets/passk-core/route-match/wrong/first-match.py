# mistake: returns the first pattern that matches, ignoring how specific the others are
from typing import Dict, List, Optional, Tuple


def route_request(patterns: List[str], path: str) -> Optional[Tuple[str, Dict[str, str]]]:
    parts = [s for s in path.split("/") if s]

    def match(segs):
        wildcard = segs[-1:] == ["*"]
        if wildcard:
            fixed = segs[:-1]
            if len(parts) <= len(fixed):
                return None
        else:
            fixed = segs
            if len(parts) != len(fixed):
                return None
        params = {}
        rank = ""
        for seg, part in zip(fixed, parts):
            if seg.startswith(":") and seg.endswith("#"):
                if not (part.isascii() and part.isdigit()):
                    return None
                params[seg[1:-1]] = part
                rank += "b"
            elif seg.startswith(":"):
                params[seg[1:]] = part
                rank += "c"
            elif seg == part:
                rank += "a"
            else:
                return None
        if wildcard:
            params["*"] = "/".join(parts[len(fixed):])
            rank += "d"
        return rank, params

    best = None
    for pattern in patterns:
        found = match([s for s in pattern.split("/") if s])
        if found is not None and best is None:
            best = (found[0], pattern, found[1])
    return None if best is None else (best[1], best[2])
