# mistake: matches the first qualifying bank entry in bank order, not the closest in days
from typing import List, Tuple
def reconcile(book: List[Tuple[int, int]], bank: List[Tuple[int, int]], slack: int) -> Tuple[List[int], List[int]]:
    matched = [False] * len(bank)
    unmatched_book = []
    for i in sorted(range(len(book)), key=lambda i: book[i][0]):
        day, amount = book[i]
        for j, (bank_day, bank_amount) in enumerate(bank):
            if not matched[j] and bank_amount == amount and abs(bank_day - day) <= slack:
                matched[j] = True
                break
        else:
            unmatched_book.append(i)
    return (sorted(unmatched_book), [j for j in range(len(bank)) if not matched[j]])
