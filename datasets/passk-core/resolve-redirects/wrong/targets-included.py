# mistake: also maps pages without a redirect (the targets) to themselves
from typing import Dict, Optional
def resolve_redirects(redirects: Dict[str, str]) -> Dict[str, Optional[str]]:
    final = {}
    for start in list(redirects) + list(redirects.values()):
        visited = {start}
        page = redirects.get(start, start)
        while page in redirects:
            if page in visited:
                page = None
                break
            visited.add(page)
            page = redirects[page]
        final[start] = page
    return final
