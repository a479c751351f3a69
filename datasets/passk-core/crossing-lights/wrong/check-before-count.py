# mistake: checks the timer before adding the tick's second, so every phase lasts one tick longer
from typing import List
def crossing_lights(events: List[str]) -> List[str]:
    colour, timer, request = "green", 0, False
    shown = []
    for event in events:
        if event == "press":
            if colour != "yellow":
                request = True
            continue
        if colour == "green" and request and timer >= 6:
            colour, timer, request = "yellow", 0, False
        elif colour == "yellow" and timer == 3:
            colour, timer = "red", 0
        elif colour == "red" and timer == 5:
            colour, timer = "green", 0
        else:
            timer += 1
        shown.append(colour)
    return shown
