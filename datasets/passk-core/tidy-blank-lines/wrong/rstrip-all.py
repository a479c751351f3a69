# mistake: strips every kind of trailing whitespace (str.rstrip()), not only spaces and tabs
def tidy_blank_lines(text: str) -> str:
    out = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line:
            out.append(line)
        elif out and out[-1]:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)
