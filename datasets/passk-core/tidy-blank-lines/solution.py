def tidy_blank_lines(text: str) -> str:
    result = []
    for line in text.split("\n"):
        line = line.rstrip(" \t")
        if line:
            result.append(line)
        elif result and result[-1]:
            result.append("")
    if result and not result[-1]:
        result.pop()
    return "\n".join(result)
