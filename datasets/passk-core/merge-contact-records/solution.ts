function merge_contacts(records: Record<string, any>[]): Record<string, any>[] {
  const merged = new Map<string, Record<string, any>>();
  for (const record of records) {
    const email: string = record.email.toLowerCase();
    let person = merged.get(email);
    if (person === undefined) {
      person = { email, name: null, phone: null, tags: [] };
      merged.set(email, person);
    }
    for (const field of ["name", "phone"]) {
      if (record[field] !== null) person[field] = record[field];
    }
    for (const tag of record.tags) {
      if (!person.tags.includes(tag)) person.tags.push(tag);
    }
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, person]) => person);
}
