from typing import List


def panel_layout(panel: list) -> List[List[int]]:
    def size(node):
        if node[0] == "hide":
            return (0, 0)
        if node[0] == "pad":
            w, h = size(node[2])
            return (w + 2 * node[1], h + 2 * node[1])
        if node[0] in ("row", "col"):
            kids = [size(c) for c in node[2:] if c[0] != "hide"]
            if not kids:
                return (0, 0)
            spacing = node[1] * (len(kids) - 1)
            if node[0] == "row":
                return (sum(w for w, _ in kids) + spacing, max(h for _, h in kids))
            return (max(w for w, _ in kids), sum(h for _, h in kids) + spacing)
        return (node[0], node[1])

    def leaves(node, x, y):
        if node[0] == "hide":
            return []
        if node[0] == "pad":
            return leaves(node[2], x + node[1], y + node[1])
        if node[0] in ("row", "col"):
            found = []
            for child in node[2:]:
                if child[0] == "hide":
                    continue
                found += leaves(child, x, y)
                w, h = size(child)
                if node[0] == "row":
                    x += w + node[1]
                else:
                    y += h + node[1]
            return found
        return [[x, y, node[0], node[1]]]

    return leaves(panel, 0, 0)
