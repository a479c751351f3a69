# mistake: an argument is only kept when it has characters, so '""' alone gives no argument
from typing import List, Optional


def split_command(line: str) -> Optional[List[str]]:
    args, current, state = [], "", "between"
    for ch in line:
        if state == "quote_end":
            if ch == '"':
                current += '"'
            state = "word"
        if state == "quoted":
            if ch == '"':
                state = "quote_end"
            else:
                current += ch
        elif state == "caret":
            current += ch
            state = "word"
        elif ch in " \t":
            if current:
                args.append(current)
            current, state = "", "between"
        elif ch == "#" and state == "between":
            break
        elif ch == "^":
            state = "caret"
        elif ch == '"':
            state = "quoted"
        else:
            current += ch
            state = "word"
    if state in ("quoted", "caret"):
        return None
    if current:
        args.append(current)
    return args
