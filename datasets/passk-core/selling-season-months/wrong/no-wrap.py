# mistake: does not let a run continue from Dec to Jan
def season_label(months):
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    chosen = sorted(set(months))
    if len(chosen) == 12:
        return "all year"
    runs, i = [], 0
    while i < len(chosen):
        j = i
        while j + 1 < len(chosen) and chosen[j + 1] == chosen[j] + 1:
            j += 1
        a, b = chosen[i], chosen[j]
        runs.append(names[a - 1] if a == b else f"{names[a - 1]}-{names[b - 1]}")
        i = j + 1
    return ", ".join(runs)
