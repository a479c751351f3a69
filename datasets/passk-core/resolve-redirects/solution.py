from typing import Dict, Optional
def resolve_redirects(redirects: Dict[str, str]) -> Dict[str, Optional[str]]:
    final = {}
    for start in redirects:
        visited = {start}
        page = redirects[start]
        while page in redirects:
            if page in visited:
                page = None
                break
            visited.add(page)
            page = redirects[page]
        final[start] = page
    return final
