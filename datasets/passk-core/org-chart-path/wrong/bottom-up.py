# mistake: returns the chain from person up to top instead of from top down
from typing import Dict, List, Optional
def chain_of_command(reports: Dict[str, List[str]], top: str, person: str) -> Optional[List[str]]:
    if top == person:
        return [top]
    for report in reports.get(top, []):
        chain = chain_of_command(reports, report, person)
        if chain is not None:
            return chain + [top]
    return None
