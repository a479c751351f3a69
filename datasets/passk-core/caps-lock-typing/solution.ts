function typed_text(keys: string): string {
  let caps = false;
  const typed: string[] = [];
  for (const key of keys) {
    if (key === "^") {
      caps = !caps;
    } else if (key === "<") {
      typed.pop();
    } else if (caps && key >= "a" && key <= "z") {
      typed.push(key.toUpperCase());
    } else {
      typed.push(key);
    }
  }
  return typed.join("");
}
