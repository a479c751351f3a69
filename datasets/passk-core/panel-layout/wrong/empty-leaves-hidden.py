# mistake: leaves of width or height 0 are left out, though they are still shown
from typing import List
def panel_layout(panel: list) -> List[List[int]]:
    boxes = []

    def place(node, x, y):
        # Appends the leaves of node placed at (x, y) to boxes; returns node's [width, height].
        kind = node[0]
        if kind == "hide":
            return [0, 0]
        if kind == "pad":
            width, height = place(node[2], x + node[1], y + node[1])
            return [width + 2 * node[1], height + 2 * node[1]]
        if kind == "row" or kind == "col":
            gap = node[1]
            shown = [child for child in node[2:] if child[0] != "hide"]
            along = 0
            across = 0
            for child in shown:
                if kind == "row":
                    width, height = place(child, x + along, y)
                    along += width + gap
                    across = max(across, height)
                else:
                    width, height = place(child, x, y + along)
                    along += height + gap
                    across = max(across, width)
            if shown:
                along -= gap
            return [along, across] if kind == "row" else [across, along]
        if node[0] and node[1]:
            boxes.append([x, y, node[0], node[1]])
        return [node[0], node[1]]

    place(panel, 0, 0)
    return boxes
