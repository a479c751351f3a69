def strip_quoted(message: str) -> str:
    lines = message.split("\n")
    out = []
    next_quoted = False
    for line in reversed(lines):
        is_quote = line.lstrip()[:1] == ">"
        drop = is_quote or (next_quoted and line.rstrip()[-6:] == "wrote:")
        if not drop and (out or line.strip() != ""):
            out.append(line)
        next_quoted = is_quote
    return "\n".join(reversed(out))
