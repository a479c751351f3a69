def strip_quoted(message: str) -> str:
    lines = message.split("\n")

    def quoted(line):
        return line.lstrip().startswith(">")

    kept = []
    for i, line in enumerate(lines):
        attribution = line.rstrip().endswith("wrote:") and i + 1 < len(lines) and quoted(lines[i + 1])
        if not quoted(line) and not attribution:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
