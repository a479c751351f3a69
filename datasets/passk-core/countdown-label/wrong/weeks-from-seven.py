# mistake: says weeks from 7 days on ("in 1 weeks") instead of from 14 days
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
    amount = f"{d // 7} weeks" if d % 7 == 0 else f"{d} days"
    return f"in {amount}" if days > 0 else f"{amount} ago"
