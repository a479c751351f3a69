# mistake: takes the book entries in list order instead of in order of day
from typing import List, Tuple
def reconcile(book: List[Tuple[int, int]], bank: List[Tuple[int, int]], slack: int) -> Tuple[List[int], List[int]]:
    matched = [False] * len(bank)
    unmatched_book = []
    for i, (day, amount) in enumerate(book):
        best = None
        for j, (bank_day, bank_amount) in enumerate(bank):
            if matched[j] or bank_amount != amount or abs(bank_day - day) > slack:
                continue
            rank = (abs(bank_day - day), bank_day, j)
            if best is None or rank < best:
                best = rank
        if best is None:
            unmatched_book.append(i)
        else:
            matched[best[2]] = True
    return (unmatched_book, [j for j in range(len(bank)) if not matched[j]])
