# mistake: breaks ties by the name that comes last instead of first
from typing import List, Tuple
def settle_up(expenses: List[Tuple[str, int, List[str]]]) -> List[Tuple[str, str, int]]:
    balance = {}
    for payer, amount, participants in expenses:
        balance[payer] = balance.get(payer, 0) + amount
        share, extra = divmod(amount, len(participants))
        for position, person in enumerate(participants):
            owed = share + 1 if position < extra else share
            balance[person] = balance.get(person, 0) - owed
    transfers = []
    while any(value < 0 for value in balance.values()):
        debtor = max(balance, key=lambda name: (-balance[name], name))
        creditor = max(balance, key=lambda name: (balance[name], name))
        paid = min(-balance[debtor], balance[creditor])
        balance[debtor] += paid
        balance[creditor] -= paid
        transfers.append((debtor, creditor, paid))
    return transfers
