from typing import Dict, List, Tuple


def settle_up(expenses: List[Tuple[str, int, List[str]]]) -> List[Tuple[str, str, int]]:
    ledger: Dict[str, int] = {}
    for payer, amount, people in expenses:
        ledger[payer] = ledger.get(payer, 0) + amount
        base = amount // len(people)
        for index, person in enumerate(people):
            ledger[person] = ledger.get(person, 0) - base - (1 if index < amount % len(people) else 0)
    moves = []
    while True:
        debtors = sorted((value, name) for name, value in ledger.items() if value < 0)
        if not debtors:
            return moves
        creditors = sorted((-value, name) for name, value in ledger.items() if value > 0)
        owe, debtor = debtors[0]
        owed, creditor = creditors[0]
        amount = min(-owe, -owed)
        ledger[debtor] += amount
        ledger[creditor] -= amount
        moves.append((debtor, creditor, amount))
