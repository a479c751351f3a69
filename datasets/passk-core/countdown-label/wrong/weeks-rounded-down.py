# mistake: uses weeks for every distance of 14 days or more, dropping the leftover days
from datetime import date
def countdown_label(today, event):
    days = (date.fromisoformat(event) - date.fromisoformat(today)).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    d = abs(days)
    amount = f"{d // 7} weeks" if d >= 14 else f"{d} days"
    return f"in {amount}" if days > 0 else f"{amount} ago"
