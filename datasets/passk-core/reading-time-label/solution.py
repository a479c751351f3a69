def reading_time(article: str, words_per_minute: int) -> str:
    words = [token for token in article.split() if any(ch.isalnum() for ch in token)]
    minutes = -(-len(words) // words_per_minute)
    return f"{minutes} min read"
