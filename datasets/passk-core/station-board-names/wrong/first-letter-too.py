# mistake: also deletes a vowel in first position
def board_name(name: str, width: int) -> str:
    letters = list(name)
    i = len(letters) - 1
    while len(letters) > width and i >= 0:
        if letters[i].lower() in "aeiou":
            del letters[i]
        i -= 1
    return "".join(letters[:width])
