from typing import List
def season_label(months: List[int]) -> str:
    names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    chosen = set(months)
    if len(chosen) == 12:
        return "all year"
    runs = []
    for first in sorted(chosen):
        if (first - 2) % 12 + 1 in chosen:
            continue
        last = first
        while last % 12 + 1 in chosen:
            last = last % 12 + 1
        runs.append(names[first - 1] if last == first else f"{names[first - 1]}-{names[last - 1]}")
    return ", ".join(runs)
