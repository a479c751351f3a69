function board_name(name: string, width: number): string {
  const letters = [...name];
  // Drop vowels from the end backwards (never the first letter) until the name fits.
  let position = letters.length - 1;
  while (letters.length > width && position > 0) {
    if ("aeiouAEIOU".includes(letters[position] as string)) letters.splice(position, 1);
    position -= 1;
  }
  return letters.slice(0, width).join("");
}
