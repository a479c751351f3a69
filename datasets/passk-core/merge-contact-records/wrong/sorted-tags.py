# mistake: returns each person's tags sorted instead of in the order they first appear
from typing import Any, Dict, List
def merge_contacts(records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    merged = {}
    for record in records:
        email = record["email"].lower()
        person = merged.setdefault(email, {"email": email, "name": None, "phone": None, "tags": set()})
        for field in ("name", "phone"):
            if record[field] is not None:
                person[field] = record[field]
        person["tags"].update(record["tags"])
    return [dict(merged[e], tags=sorted(merged[e]["tags"])) for e in sorted(merged)]
