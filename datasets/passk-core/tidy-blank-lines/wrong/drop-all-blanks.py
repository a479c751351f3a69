# mistake: removes every blank line instead of keeping one empty line for each run between text
def tidy_blank_lines(text: str) -> str:
    return "\n".join(l.rstrip(" \t") for l in text.split("\n") if l.rstrip(" \t"))
