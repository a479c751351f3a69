# mistake: keeps run[-keep:], which for keep = 0 is the whole run, so nothing is masked
import re


def mask_digits(text: str, keep: int) -> str:
    def hide(match):
        run = match.group()
        kept = run[-keep:]
        return "#" * (len(run) - len(kept)) + kept
    return re.sub(r"[0-9]+", hide, text)
