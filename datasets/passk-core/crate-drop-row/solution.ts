function landing_row(stack: string[], column: number): number | null {
  let row: number | null = null;
  for (let r = 0; r < stack.length; r++) {
    if ((stack[r] as string)[column] === "#") break;
    row = r;
  }
  return row;
}
