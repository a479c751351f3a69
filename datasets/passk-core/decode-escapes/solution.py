def decode_escapes(text: str) -> str:
    decoded = {"n": "\n", "t": "\t", "\\": "\\"}
    out = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and text[i + 1 : i + 2] in decoded:
            out.append(decoded[text[i + 1]])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
