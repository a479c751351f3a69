# mistake: pressing the button on a warm kettle turns it off instead of heating again
from typing import List
def kettle_states(events: List[str]) -> List[str]:
    state, states = "off", []
    for event in events:
        if event == "lift":
            state = "off"
        elif event == "switch":
            state = "heating" if state == "off" else "off"
        elif state == "heating":
            state = "warm"
        states.append(state)
    return states
