import re
def sentence_case(text: str) -> str:
    low = list(text.lower())
    starts = [0] + [m.end() for m in re.finditer(r"[.!?] ", text)]
    for s in starts:
        for j in range(s, len(low)):
            if low[j].isalpha():
                low[j] = low[j].upper()
                break
    out = "".join(low)
    return re.sub(r"(?<![^\W\d_])i(?![^\W\d_])", "I", out)
