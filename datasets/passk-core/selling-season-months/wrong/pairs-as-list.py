# mistake: writes a run of two months as two single months ("Jun, Jul")
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
        if last == first:
            runs.append(names[first - 1])
        elif last == first % 12 + 1:
            runs.append(f"{names[first - 1]}, {names[last - 1]}")
        else:
            runs.append(f"{names[first - 1]}-{names[last - 1]}")
    return ", ".join(runs)
