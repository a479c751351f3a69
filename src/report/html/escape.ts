// Escaping for the HTML report. Every piece of text that came from a user or a model (completions,
// error messages, task ids, model names, paths) goes through `esc` or `jsonScript`: completions are
// hostile by assumption and must show as text, never run.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for an HTML text node or a quoted attribute value (also inside SVG). */
export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * `<script type="application/json" id=…>` holding `value`. The browser never runs such a block, and
 * escaping every `<` (plus the two JavaScript line separators) means no `</script>` or `<!--` inside
 * a completion can end the block early; `JSON.parse` turns the escapes back into the same text.
 */
export function jsonScript(id: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `<script type="application/json" id="${esc(id)}">${json}</script>`;
}

/** A string usable as (part of) an element id: letters, digits, `-` and `_` only. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "x";
}
