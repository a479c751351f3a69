function render_template(template: string, values: Record<string, string>): string {
  const known = new Set(["upper", "lower", "trim", "initial"]);

  // The tag's replacement, or null when the tag is to be output unchanged.
  function render(content: string): string | null {
    const mark = content.indexOf("?");
    const lookup = mark < 0 ? content : content.slice(0, mark);
    const hasDefault = mark >= 0;
    const pieces = lookup.split("|").map((piece) => piece.trim());
    const name = pieces[0] as string;
    const filters = pieces.slice(1);
    if (filters.some((f) => !known.has(f))) return null;
    const present = Object.hasOwn(values, name);
    let text = present ? (values[name] as string) : "";
    if (text === "" && hasDefault) {
      text = content.slice(mark + 1).trim();
    } else if (!present) {
      return null;
    }
    for (const f of filters) {
      if (f === "upper") text = text.toUpperCase();
      else if (f === "lower") text = text.toLowerCase();
      else if (f === "trim") text = text.trim();
      else text = text === "" ? "" : `${String.fromCodePoint(text.codePointAt(0) as number)}.`;
    }
    return text;
  }

  let out = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("\\{{", i)) {
      out += "{{";
      i += 3;
    } else if (template.startsWith("{{", i)) {
      const end = template.indexOf("}}", i + 2);
      if (end < 0) {
        out += template.slice(i);
        break;
      }
      const content = template.slice(i + 2, end);
      out += render(content) ?? `{{${content}}}`;
      i = end + 2;
    } else {
      out += template[i];
      i += 1;
    }
  }
  return out;
}
