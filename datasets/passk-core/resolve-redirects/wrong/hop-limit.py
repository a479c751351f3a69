# mistake: gives up after 10 hops (as a browser might) and calls a long chain a loop
from typing import Dict, Optional
def resolve_redirects(redirects: Dict[str, str]) -> Dict[str, Optional[str]]:
    final = {}
    for start in redirects:
        page = start
        for _ in range(10):
            if page not in redirects:
                break
            page = redirects[page]
        final[start] = page if page not in redirects else None
    return final
