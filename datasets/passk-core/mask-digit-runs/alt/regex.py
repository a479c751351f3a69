import re


def mask_digits(text: str, keep: int) -> str:
    def hide(match):
        run = match.group(0)
        cut = len(run) - keep
        return run if cut <= 0 else "#" * cut + run[cut:]
    return re.sub("[0-9]+", hide, text)
