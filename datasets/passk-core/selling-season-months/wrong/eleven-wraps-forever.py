# mistake: treats any set of months with both Dec and Jan as "all year"
def season_label(months):
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    chosen = set(months)
    if len(chosen) == 12 or (len(chosen) >= 11 and 1 in chosen and 12 in chosen):
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
