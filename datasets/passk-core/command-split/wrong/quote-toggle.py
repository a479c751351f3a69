# mistake: every '"' simply opens or closes a quoted section, so a doubled '""' inside quotes is lost
from typing import List, Optional


def split_command(line: str) -> Optional[List[str]]:
    args, current = [], ""
    in_arg = quoted = caret = False
    for ch in line:
        if caret:
            current += ch
            caret = False
        elif quoted:
            if ch == '"':
                quoted = False
            else:
                current += ch
        elif ch in " \t":
            if in_arg:
                args.append(current)
                current, in_arg = "", False
        elif ch == "#" and not in_arg:
            break
        elif ch == "^":
            caret = in_arg = True
        elif ch == '"':
            quoted = in_arg = True
        else:
            current += ch
            in_arg = True
    if quoted or caret:
        return None
    if in_arg:
        args.append(current)
    return args
