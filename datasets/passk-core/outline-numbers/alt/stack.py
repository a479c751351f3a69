from typing import List


def number_outline(outline: list) -> List[str]:
    result = []
    # Each frame: [the items still to read, the numbers of the enclosing headings, headings so far].
    stack = [[iter(outline), [], 0]]
    while stack:
        frame = stack[-1]
        item = next(frame[0], None)
        if item is None:
            stack.pop()
        elif isinstance(item, list):
            stack.append([iter(item), frame[1] + [frame[2]], 0])
        else:
            frame[2] += 1
            result.append(".".join(map(str, frame[1] + [frame[2]])) + " " + item)
    return result
