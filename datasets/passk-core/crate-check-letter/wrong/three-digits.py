# mistake: accepts codes with fewer than four digits
def valid_crate_code(code: str) -> bool:
    digits, letter = code[:-1], code[-1:]
    if not digits or any(ch not in "0123456789" for ch in digits):
        return False
    if len(letter) != 1 or not "A" <= letter <= "Z":
        return False
    total = sum(weight * int(ch) for weight, ch in enumerate(reversed(digits), start=1))
    return letter == chr(ord("A") + total % 26)
