from typing import Dict, List, Optional


def chain_of_command(reports: Dict[str, List[str]], top: str, person: str) -> Optional[List[str]]:
    manager_of = {report: boss for boss, names in reports.items() for report in names}
    chain = [person]
    while chain[-1] != top:
        if chain[-1] not in manager_of:
            return None
        chain.append(manager_of[chain[-1]])
    return chain[::-1]
