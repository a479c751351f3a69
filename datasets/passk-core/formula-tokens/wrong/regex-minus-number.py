# mistake: a regex that always joins "-" to a following digit, even after a number or name
import re
def formula_tokens(formula):
    return re.findall(r"-?\d+(?:\.\d+)?|[A-Za-z_]\w*|\*\*|[-+*/()]", formula)
