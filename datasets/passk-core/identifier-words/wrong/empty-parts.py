# mistake: keeps the empty words left by leading, trailing or doubled separators
def identifier_words(name):
    words = []
    for run in name.replace("-", "_").split("_"):
        start = 0
        for i in range(1, len(run)):
            ch, before, after = run[i], run[i - 1], run[i + 1 : i + 2]
            if ch.isupper() and (before.islower() or before.isdigit() or (before.isupper() and after.islower())):
                words.append(run[start:i].lower())
                start = i
        words.append(run[start:].lower())
    return words
