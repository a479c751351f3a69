# mistake: treats every character for which str.isdigit is true as a digit, not only ASCII 0-9
def mask_digits(text: str, keep: int) -> str:
    out, run = [], []
    for ch in text + "\n":
        if ch.isdigit():
            run.append(ch)
            continue
        hidden = max(0, len(run) - keep)
        out.append("#" * hidden + "".join(run[hidden:]))
        run = []
        out.append(ch)
    return "".join(out)[:-1]
