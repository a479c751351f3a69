# mistake: the caret escapes the next character inside quotes too, though quoted text is literal
from typing import List, Optional


def split_command(line: str) -> Optional[List[str]]:
    args, current, state = [], "", "between"
    escaped = False
    for ch in line:
        if escaped:
            current += ch
            escaped = False
            if state == "between":
                state = "word"
            continue
        if state == "quote_end":
            if ch == '"':
                current += '"'
            state = "word"
        if state == "quoted":
            if ch == '"':
                state = "quote_end"
            elif ch == "^":
                escaped = True
            else:
                current += ch
        elif ch in " \t":
            if state == "word":
                args.append(current)
                current, state = "", "between"
        elif ch == "#" and state == "between":
            break
        elif ch == "^":
            escaped = True
            state = "word"
        elif ch == '"':
            state = "quoted"
        else:
            current += ch
            state = "word"
    if state == "quoted" or escaped:
        return None
    if state != "between":
        args.append(current)
    return args
