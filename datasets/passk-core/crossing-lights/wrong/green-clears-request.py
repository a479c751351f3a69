# mistake: clears the request flag when the light turns green, losing presses made during red
from typing import List
def crossing_lights(events: List[str]) -> List[str]:
    colour, timer, request = "green", 0, False
    shown = []
    for event in events:
        if event == "press":
            if colour != "yellow":
                request = True
            continue
        timer += 1
        if colour == "green" and request and timer >= 6:
            colour, timer, request = "yellow", 0, False
        elif colour == "yellow" and timer == 3:
            colour, timer = "red", 0
        elif colour == "red" and timer == 5:
            colour, timer, request = "green", 0, False
        shown.append(colour)
    return shown
