# mistake: deletes every vowel after the first character as soon as the name is too long
def board_name(name: str, width: int) -> str:
    if len(name) <= width:
        return name
    short = name[0] + "".join(ch for ch in name[1:] if ch.lower() not in "aeiou")
    return short[:width]
