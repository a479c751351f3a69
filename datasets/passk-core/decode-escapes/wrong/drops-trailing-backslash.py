# mistake: a backslash at the very end of the text is dropped
def decode_escapes(text):
    table = {"n": "\n", "t": "\t", "\\": "\\"}
    out = []
    escaped = False
    for ch in text:
        if escaped:
            out.append(table.get(ch, "\\" + ch))
            escaped = False
        elif ch == "\\":
            escaped = True
        else:
            out.append(ch)
    return "".join(out)
