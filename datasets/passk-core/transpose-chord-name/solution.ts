function transpose_chord(chord: string, semitones: number): string {
  const names = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];
  const naturals: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
  const move = (part: string): string => {
    let value = naturals[part.slice(0, 1)] as number;
    let rest = part.slice(1);
    if (rest.startsWith("#") || rest.startsWith("b")) {
      value += rest.startsWith("#") ? 1 : -1;
      rest = rest.slice(1);
    }
    return names[(((value + semitones) % 12) + 12) % 12] + rest;
  };
  const slash = chord.indexOf("/");
  if (slash < 0) return move(chord);
  return `${move(chord.slice(0, slash))}/${move(chord.slice(slash + 1))}`;
}
