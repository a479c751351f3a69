# mistake: decides whether a line is blank before removing its trailing spaces and tabs
def tidy_blank_lines(text: str) -> str:
    out = []
    for raw in text.split("\n"):
        if raw:
            out.append(raw.rstrip(" \t"))
        elif out and out[-1]:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
