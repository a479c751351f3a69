# mistake: "boiled" makes the kettle warm in every state, not only while heating
from typing import List
def kettle_states(events: List[str]) -> List[str]:
    state, states = "off", []
    for event in events:
        if event == "lift":
            state = "off"
        elif event == "switch":
            state = "off" if state == "heating" else "heating"
        else:
            state = "warm"
        states.append(state)
    return states
