# mistake: reports at least one minute even for an article with no words
def reading_time(article, words_per_minute):
    n = len([t for t in article.split() if any(c.isalnum() for c in t)])
    return f"{max(1, -(-n // words_per_minute))} min read"
