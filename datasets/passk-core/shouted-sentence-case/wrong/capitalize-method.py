# mistake: splits on ". " etc. and uses str.capitalize, which only uppercases a first character that is a letter
import re
def sentence_case(text):
    parts = re.split(r"([.!?] )", text)
    out = "".join(p.capitalize() if i % 2 == 0 else p for i, p in enumerate(parts))
    return re.sub(r"(?<![A-Za-z])i(?![A-Za-z])", "I", out)
