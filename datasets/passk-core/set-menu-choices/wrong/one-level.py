# mistake: counts only the options of item itself, not the choices inside nested offers
from typing import Dict, List
def count_choices(menu: Dict[str, List[List[str]]], item: str) -> int:
    return len(menu[item]) if item in menu else 1
