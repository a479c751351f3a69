def board_name(name: str, width: int) -> str:
    letters = list(name)
    position = len(letters) - 1
    while len(letters) > width and position > 0:
        if letters[position] in "aeiouAEIOU":
            del letters[position]
        position -= 1
    return "".join(letters[:width])
