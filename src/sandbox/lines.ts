// Lines out of a child's stream of text, in time linear in what arrives: the pieces of a line that
// has not ended are kept apart and joined once, when it ends. Appending each chunk to one string and
// searching it whole costs a copy and a search of everything held per chunk (a 64 MiB line in
// 8 KiB chunks: minutes of the main thread).

export class LineSplitter {
  private pieces: string[] = [];
  private held = 0;
  private dropping = false;

  /**
   * `onLine` gets each line without its newline. A line still unfinished after `cap` characters is
   * dropped, up to its newline, and `onOverflow` called once for it.
   */
  constructor(
    private readonly onLine: (line: string) => void,
    private readonly cap = Number.POSITIVE_INFINITY,
    private readonly onOverflow: () => void = () => {},
  ) {}

  push(chunk: string): void {
    let start = 0;
    let newline = chunk.indexOf("\n");
    while (newline >= 0) {
      if (this.dropping) this.dropping = false;
      else {
        let line = chunk.slice(start, newline);
        if (this.pieces.length > 0) {
          this.pieces.push(line);
          line = this.pieces.join("");
          this.pieces = [];
          this.held = 0;
        }
        this.onLine(line);
      }
      start = newline + 1;
      newline = chunk.indexOf("\n", start);
    }
    if (start === chunk.length || this.dropping) return;
    this.pieces.push(chunk.slice(start));
    this.held += chunk.length - start;
    if (this.held > this.cap) {
      this.pieces = [];
      this.held = 0;
      this.dropping = true;
      this.onOverflow();
    }
  }
}
