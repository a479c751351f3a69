# mistake: measures from the event to today, so future and past are swapped
from datetime import date
def countdown_label(today, event):
    days = (date.fromisoformat(today) - date.fromisoformat(event)).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    d = abs(days)
    amount = f"{d // 7} weeks" if d >= 14 and d % 7 == 0 else f"{d} days"
    return f"in {amount}" if days > 0 else f"{amount} ago"
