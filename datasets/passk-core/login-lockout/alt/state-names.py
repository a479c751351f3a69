from typing import List, Tuple
def login_results(attempts: List[Tuple[int, bool]]) -> List[str]:
    state = ("open", 0)
    out = []
    for minute, correct in attempts:
        if state[0] == "locked":
            if minute < state[1]:
                out.append("locked")
                continue
            state = ("open", 0)
        streak = state[1]
        if correct:
            out.append("ok")
            state = ("open", 0)
        elif streak == 2:
            out.append("fail")
            state = ("locked", minute + 10)
        else:
            out.append("fail")
            state = ("open", streak + 1)
    return out
