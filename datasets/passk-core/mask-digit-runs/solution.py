def mask_digits(text: str, keep: int) -> str:
    out = []
    i = 0
    while i < len(text):
        if "0" <= text[i] <= "9":
            j = i
            while j < len(text) and "0" <= text[j] <= "9":
                j += 1
            hidden = max(0, j - i - keep)
            out.append("#" * hidden + text[i + hidden:j])
            i = j
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
