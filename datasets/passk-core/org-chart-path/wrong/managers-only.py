# mistake: returns only the managers above person, leaving person out
from typing import Dict, List, Optional
def chain_of_command(reports: Dict[str, List[str]], top: str, person: str) -> Optional[List[str]]:
    def find(boss):
        if boss == person:
            return []
        for report in reports.get(boss, []):
            chain = find(report)
            if chain is not None:
                return [boss] + chain
        return None
    return find(top)
