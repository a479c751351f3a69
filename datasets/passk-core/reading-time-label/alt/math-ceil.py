import math
import re
def reading_time(article: str, words_per_minute: int) -> str:
    count = sum(1 for token in re.split(r"\s+", article) if re.search(r"[^\W_]", token))
    return "%d min read" % math.ceil(count / words_per_minute)
