# mistake: keeps the last `keep` digits of the whole text instead of the last ones of each run
def mask_digits(text: str, keep: int) -> str:
    total = sum(1 for ch in text if "0" <= ch <= "9")
    out, seen = [], 0
    for ch in text:
        if "0" <= ch <= "9":
            seen += 1
            out.append("#" if seen <= total - keep else ch)
        else:
            out.append(ch)
    return "".join(out)
