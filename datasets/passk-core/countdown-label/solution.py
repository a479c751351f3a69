def countdown_label(today: str, event: str) -> str:
    from datetime import date

    days = (date.fromisoformat(event) - date.fromisoformat(today)).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    distance = abs(days)
    amount = f"{distance // 7} weeks" if distance >= 14 and distance % 7 == 0 else f"{distance} days"
    return f"in {amount}" if days > 0 else f"{amount} ago"
