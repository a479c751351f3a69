# mistake: stops when a page redirects to itself and takes that page as the final page
from typing import Dict, Optional
def resolve_redirects(redirects: Dict[str, str]) -> Dict[str, Optional[str]]:
    final = {}
    for start in redirects:
        visited = set()
        page = start
        while page in redirects and redirects[page] != page:
            if page in visited:
                page = None
                break
            visited.add(page)
            page = redirects[page]
        final[start] = page
    return final
