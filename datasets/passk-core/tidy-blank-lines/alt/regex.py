import re


def tidy_blank_lines(text: str) -> str:
    text = re.sub(r"[ \t]+(?=\n|$)", "", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n")
