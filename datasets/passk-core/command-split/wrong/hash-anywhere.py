# mistake: a "#" outside quotes always starts a comment, even in the middle of an argument
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
            if state == "word":
                args.append(current)
                current, state = "", "between"
        elif ch == "#":
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
    if state != "between":
        args.append(current)
    return args
