from typing import List, Tuple
def reconcile(book: List[Tuple[int, int]], bank: List[Tuple[int, int]], slack: int) -> Tuple[List[int], List[int]]:
    open_bank = set(range(len(bank)))
    left_book = set()
    order = sorted(enumerate(book), key=lambda entry: (entry[1][0], entry[0]))
    for i, (day, amount) in order:
        candidates = [
            (abs(bank[j][0] - day), bank[j][0], j)
            for j in open_bank
            if bank[j][1] == amount and abs(bank[j][0] - day) <= slack
        ]
        if candidates:
            open_bank.remove(min(candidates)[2])
        else:
            left_book.add(i)
    return (sorted(left_book), sorted(open_bank))
