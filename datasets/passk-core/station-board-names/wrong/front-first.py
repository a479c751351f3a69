# mistake: deletes vowels starting from the front of the name instead of the back
def board_name(name: str, width: int) -> str:
    letters = list(name)
    i = 1
    while len(letters) > width and i < len(letters):
        if letters[i].lower() in "aeiou":
            del letters[i]
        else:
            i += 1
    return "".join(letters[:width])
