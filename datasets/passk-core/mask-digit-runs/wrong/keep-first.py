# mistake: keeps the first `keep` digits of each run and masks the rest
import re


def mask_digits(text: str, keep: int) -> str:
    return re.sub(r"[0-9]+", lambda m: m.group()[:keep] + "#" * max(0, len(m.group()) - keep), text)
