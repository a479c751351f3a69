# mistake: treats only lines starting with ">" at column 0 as quoted
def strip_quoted(message):
    lines = message.split("\n")
    kept = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.startswith(">") or (line.rstrip().endswith("wrote:") and nxt.startswith(">")):
            continue
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
