# mistake: removes every line ending with "wrote:", also when no quoted line follows it
def strip_quoted(message):
    kept = [line for line in message.split("\n")
            if not line.lstrip().startswith(">") and not line.rstrip().endswith("wrote:")]
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
