# mistake: lifting only switches off a heating kettle; a warm kettle stays warm
from typing import List
def kettle_states(events: List[str]) -> List[str]:
    state, states = "off", []
    for event in events:
        if event == "lift":
            if state == "heating":
                state = "off"
        elif event == "switch":
            state = "off" if state == "heating" else "heating"
        elif state == "heating":
            state = "warm"
        states.append(state)
    return states
