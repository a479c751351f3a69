from typing import List, Optional


def split_command(line: str) -> Optional[List[str]]:
    result: List[str] = []
    i, n = 0, len(line)
    while True:
        while i < n and line[i] in " \t":
            i += 1
        if i == n or line[i] == "#":
            return result
        word = []
        while i < n and line[i] not in " \t":
            ch = line[i]
            if ch == "^":
                if i + 1 == n:
                    return None
                word.append(line[i + 1])
                i += 2
            elif ch == '"':
                i += 1
                while True:
                    if i == n:
                        return None
                    if line[i] == '"':
                        if i + 1 < n and line[i + 1] == '"':
                            word.append('"')
                            i += 2
                            continue
                        i += 1
                        break
                    word.append(line[i])
                    i += 1
            else:
                word.append(ch)
                i += 1
        result.append("".join(word))
