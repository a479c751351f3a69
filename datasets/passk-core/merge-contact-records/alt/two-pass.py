from typing import Any, Dict, List


def merge_contacts(records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    groups: Dict[str, List[Dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record["email"].lower(), []).append(record)
    result = []
    for email in sorted(groups):
        group = groups[email]

        def last_known(field):
            known = [r[field] for r in group if r[field] is not None]
            return known[-1] if known else None

        tags = list(dict.fromkeys(tag for r in group for tag in r["tags"]))
        result.append({"email": email, "name": last_known("name"), "phone": last_known("phone"), "tags": tags})
    return result
