def board_name(name: str, width: int) -> str:
    excess = len(name) - width
    if excess <= 0:
        return name
    vowels = [i for i in range(1, len(name)) if name[i].lower() in "aeiou"]
    drop = set(vowels[::-1][:excess])
    kept = "".join(ch for i, ch in enumerate(name) if i not in drop)
    return kept[:width]
