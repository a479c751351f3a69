// Tests of the report's escaping: hostile text stays text, and embedded JSON reads back unchanged.
import { describe, expect, it } from "vitest";
import { esc, jsonScript, slug } from "./escape.js";

const HOSTILE = `</script><script>alert(1)</script><img src=x onerror="alert('x')"><!-- \u2028\u2029 & "quoted"`;

describe("esc", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(esc(`<a href="x" title='y'>&amp;</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
    );
    expect(esc(HOSTILE)).not.toMatch(/[<>"']/);
    expect(esc(42)).toBe("42");
  });
});

describe("jsonScript", () => {
  it("cannot be closed early by a completion, and parses back to the same value", () => {
    const value = { texts: [HOSTILE, "line\nbreak", "\u0000nul", "emoji 🙂"] };
    const html = jsonScript("data-1", value);
    expect(html.startsWith('<script type="application/json" id="data-1">')).toBe(true);
    const inner = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
    // No "<" at all inside: neither "</script" nor "<!--" can appear.
    expect(inner).not.toContain("<");
    expect(inner).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(inner)).toEqual(value);
  });
});

describe("slug", () => {
  it("keeps only id-safe characters", () => {
    expect(slug("HumanEval/12 <x>")).toBe("HumanEval-12-x");
    expect(slug("///")).toBe("x");
  });
});
