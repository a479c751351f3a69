# mistake: checks the attribution against the next line after removing quotes, not the original next line
def strip_quoted(message):
    lines = [l for l in message.split("\n") if not l.lstrip().startswith(">")]
    kept = [l for l in lines if not l.rstrip().endswith("wrote:")]
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept)
