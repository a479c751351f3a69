# mistake: counts days with fixed month lengths, ignoring leap years
def countdown_label(today, event):
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    def ordinal(s):
        y, m, d = int(s[:4]), int(s[5:7]), int(s[8:])
        return y * 365 + sum(lengths[: m - 1]) + d
    days = ordinal(event) - ordinal(today)
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    d = abs(days)
    amount = f"{d // 7} weeks" if d >= 14 and d % 7 == 0 else f"{d} days"
    return f"in {amount}" if days > 0 else f"{amount} ago"
