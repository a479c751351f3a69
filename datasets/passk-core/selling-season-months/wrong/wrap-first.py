# mistake: lists a run over the new year first, as the calendar reads from Jan
def season_label(months):
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
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
        runs.append((last < first, names[first - 1] if last == first else f"{names[first - 1]}-{names[last - 1]}"))
    runs.sort(key=lambda r: not r[0])
    return ", ".join(r[1] for r in runs)
