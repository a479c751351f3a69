from typing import List
def crossing_lights(events: List[str]) -> List[str]:
    colour = "green"
    timer = 0
    request = False
    shown = []
    for event in events:
        if event == "press":
            if colour != "yellow":
                request = True
            continue
        timer += 1
        if colour == "green":
            if request and timer >= 6:
                colour, timer, request = "yellow", 0, False
        elif colour == "yellow":
            if timer == 3:
                colour, timer = "red", 0
        elif timer == 5:
            colour, timer = "green", 0
        shown.append(colour)
    return shown
