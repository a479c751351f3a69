from typing import List

NEXT = {"yellow": ("red", 3), "red": ("green", 5)}


def crossing_lights(events: List[str]) -> List[str]:
    state = {"colour": "green", "timer": 0, "request": False}
    out = []
    for event in events:
        if event == "press":
            state["request"] = state["request"] or state["colour"] in ("green", "red")
            continue
        state["timer"] += 1
        colour = state["colour"]
        if colour == "green":
            if state["request"] and state["timer"] >= 6:
                state.update(colour="yellow", timer=0, request=False)
        else:
            following, length = NEXT[colour]
            if state["timer"] == length:
                state.update(colour=following, timer=0)
        out.append(state["colour"])
    return out
