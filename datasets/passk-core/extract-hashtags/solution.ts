function extract_hashtags(post: string): string[] {
  // Whitespace as Python's str.isspace() decides it; JavaScript's \s lacks U+001C-U+001F and U+0085
  // and adds U+FEFF.
  function isSpace(ch: string): boolean {
    const code = ch.charCodeAt(0);
    return (
      (code >= 0x09 && code <= 0x0d) ||
      (code >= 0x1c && code <= 0x20) ||
      code === 0x85 ||
      code === 0xa0 ||
      code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0x202f ||
      code === 0x205f ||
      code === 0x3000
    );
  }
  const tagChar = /[A-Za-z0-9_]/;
  const tags: string[] = [];
  for (let i = 0; i < post.length; i++) {
    if (post[i] !== "#" || (i > 0 && !isSpace(post[i - 1] ?? ""))) continue;
    let j = i + 1;
    while (j < post.length && tagChar.test(post[j] ?? "")) j++;
    const tag = post.slice(i + 1, j).toLowerCase();
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}
