function longest_train(tiles: [number, number][], start: number): [number, number][] {
  function before(a: [number, number][], b: [number, number][]): boolean {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const [x, y] = a[i] as [number, number];
      const [u, v] = b[i] as [number, number];
      if (x !== u) return x < u;
      if (y !== v) return y < v;
    }
    return a.length < b.length;
  }

  let best: [number, number][] = [];
  const used = tiles.map(() => false);
  const train: [number, number][] = [];

  function extend(end: number): void {
    if (train.length > best.length || (train.length === best.length && before(train, best))) {
      best = train.map(([a, b]): [number, number] => [a, b]);
    }
    tiles.forEach(([a, b], i) => {
      if (used[i]) return;
      const ways: [number, number][] =
        a === b
          ? [[a, b]]
          : [
              [a, b],
              [b, a],
            ];
      for (const laid of ways) {
        if (laid[0] !== end) continue;
        used[i] = true;
        train.push(laid);
        extend(laid[1]);
        train.pop();
        used[i] = false;
      }
    });
  }

  extend(start);
  return best;
}
