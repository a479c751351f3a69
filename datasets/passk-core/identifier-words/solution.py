from typing import List
def identifier_words(name: str) -> List[str]:
    words = []
    for run in name.replace("-", "_").split("_"):
        start = 0
        for i in range(1, len(run)):
            ch, before, after = run[i], run[i - 1], run[i + 1 : i + 2]
            if ch.isupper() and (before.islower() or before.isdigit() or (before.isupper() and after.islower())):
                words.append(run[start:i].lower())
                start = i
        if run:
            words.append(run[start:].lower())
    return words
