from typing import Dict, Optional
def resolve_redirects(redirects: Dict[str, str]) -> Dict[str, Optional[str]]:
    final = {}
    for start in redirects:
        path = []
        page = start
        while page in redirects and page not in final and page not in path:
            path.append(page)
            page = redirects[page]
        if page in path:
            answer = None
        elif page in final:
            answer = final[page]
        else:
            answer = page
        for visited in path:
            final[visited] = answer
    return final
