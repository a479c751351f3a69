from typing import List

TRANSITIONS = {
    ("off", "switch"): "heating", ("warm", "switch"): "heating", ("heating", "switch"): "off",
    ("heating", "boiled"): "warm",
}


def kettle_states(events: List[str]) -> List[str]:
    history = []
    state = "off"
    for event in events:
        state = "off" if event == "lift" else TRANSITIONS.get((state, event), state)
        history.append(state)
    return history
