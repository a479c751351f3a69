import datetime
def countdown_label(today: str, event: str) -> str:
    a = datetime.date(*map(int, today.split("-"))).toordinal()
    b = datetime.date(*map(int, event.split("-"))).toordinal()
    n = b - a
    special = {0: "today", 1: "tomorrow", -1: "yesterday"}
    if n in special:
        return special[n]
    weeks, rest = divmod(abs(n), 7)
    text = f"{weeks} weeks" if rest == 0 and weeks >= 2 else f"{abs(n)} days"
    return "in " + text if n > 0 else text + " ago"
