# mistake: keeps one empty line for blank lines at the start of the text
def tidy_blank_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        if line or not out or out[-1]:
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
