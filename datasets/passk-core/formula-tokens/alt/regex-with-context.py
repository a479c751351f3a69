import re
from typing import List
def formula_tokens(formula: str) -> List[str]:
    pattern = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\*\*)|(-)(?=\d)|([-+*/()]))")
    out: List[str] = []
    pos = 0
    formula = formula.rstrip()
    while pos < len(formula):
        m = pattern.match(formula, pos)
        pos = m.end()
        if m.group(4):
            if not out or out[-1] in {"+", "-", "*", "/", "**", "("}:
                n = re.match(r"\d+(?:\.\d+)?", formula[pos:]).group(0)
                out.append("-" + n)
                pos += len(n)
            else:
                out.append("-")
        else:
            out.append(m.group(0).strip())
    return out
