# mistake: accepts any Unicode digit (str.isdigit) and a lowercase check letter
def valid_crate_code(code: str) -> bool:
    digits, letter = code[:-1], code[-1:].upper()
    if len(digits) < 4 or not digits.isdigit() or not letter.isalpha():
        return False
    total = sum(weight * int(ch) for weight, ch in enumerate(reversed(digits), start=1))
    return letter == chr(ord("A") + total % 26)
