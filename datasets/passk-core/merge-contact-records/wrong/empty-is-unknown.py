# mistake: treats an empty string as unknown, like None, though it is a known value
from typing import Any, Dict, List
def merge_contacts(records: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    merged = {}
    for record in records:
        email = record["email"].lower()
        person = merged.setdefault(email, {"email": email, "name": None, "phone": None, "tags": []})
        for field in ("name", "phone"):
            if record[field]:
                person[field] = record[field]
        for tag in record["tags"]:
            if tag not in person["tags"]:
                person["tags"].append(tag)
    return [merged[e] for e in sorted(merged)]
