# mistake: counts every whitespace-separated token, including lone punctuation
def reading_time(article, words_per_minute):
    n = len(article.split())
    return f"{-(-n // words_per_minute)} min read"
