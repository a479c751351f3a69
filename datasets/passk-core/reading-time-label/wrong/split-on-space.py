# mistake: splits on single spaces only, so tabs and newlines join words and empty pieces are skipped
def reading_time(article, words_per_minute):
    n = len([t for t in article.split(" ") if any(c.isalnum() for c in t)])
    return f"{-(-n // words_per_minute)} min read"
