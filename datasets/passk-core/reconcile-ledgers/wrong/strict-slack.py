# mistake: a bank entry exactly slack days away is not accepted
from typing import List, Tuple
def reconcile(book: List[Tuple[int, int]], bank: List[Tuple[int, int]], slack: int) -> Tuple[List[int], List[int]]:
    matched = [False] * len(bank)
    unmatched_book = []
    for i in sorted(range(len(book)), key=lambda i: book[i][0]):
        day, amount = book[i]
        best = None
        for j, (bank_day, bank_amount) in enumerate(bank):
            if matched[j] or bank_amount != amount or abs(bank_day - day) >= max(slack, 1):
                continue
            rank = (abs(bank_day - day), bank_day, j)
            if best is None or rank < best:
                best = rank
        if best is None:
            unmatched_book.append(i)
        else:
            matched[best[2]] = True
    return (sorted(unmatched_book), [j for j in range(len(bank)) if not matched[j]])
