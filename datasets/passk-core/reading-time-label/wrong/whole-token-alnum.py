# mistake: counts only tokens made entirely of letters and digits, so "don't" or "you?" are not words
def reading_time(article, words_per_minute):
    n = len([t for t in article.split() if t.isalnum()])
    return f"{-(-n // words_per_minute)} min read"
