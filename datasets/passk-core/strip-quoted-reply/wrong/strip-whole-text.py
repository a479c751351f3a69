# mistake: strips whitespace from both ends of the result, not only the blank lines at the end
def strip_quoted(message):
    lines = message.split("\n")
    kept = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.lstrip().startswith(">") or (line.rstrip().endswith("wrote:") and nxt.lstrip().startswith(">")):
            continue
        kept.append(line)
    return "\n".join(kept).strip()
