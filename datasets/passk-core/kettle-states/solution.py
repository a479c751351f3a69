from typing import List
def kettle_states(events: List[str]) -> List[str]:
    state = "off"
    states = []
    for event in events:
        if event == "lift":
            state = "off"
        elif event == "switch":
            if state == "heating":
                state = "off"
            else:
                state = "heating"
        elif state == "heating":
            state = "warm"
        states.append(state)
    return states
