from typing import List
def season_label(months: List[int]) -> str:
    names = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    on = [m + 1 in months for m in range(12)]
    if all(on):
        return "all year"
    if not any(on):
        return ""
    gap = on.index(False)
    order = [(gap + k) % 12 for k in range(1, 13)]
    runs = []
    for m in order:
        if on[m]:
            if runs and runs[-1][1] == (m - 1) % 12:
                runs[-1][1] = m
            else:
                runs.append([m, m])
    runs.sort()
    return ", ".join(names[a] if a == b else names[a] + "-" + names[b] for a, b in runs)
