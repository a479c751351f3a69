function panel_layout(panel: any[]): number[][] {
  const boxes: number[][] = [];

  // Appends the leaves of node placed at (x, y) to boxes; returns node's [width, height].
  function place(node: any[], x: number, y: number): [number, number] {
    const kind = node[0];
    if (kind === "hide") return [0, 0];
    if (kind === "pad") {
      const pad: number = node[1];
      const [width, height] = place(node[2], x + pad, y + pad);
      return [width + 2 * pad, height + 2 * pad];
    }
    if (kind === "row" || kind === "col") {
      const gap: number = node[1];
      const shown = node.slice(2).filter((child) => child[0] !== "hide");
      let along = 0;
      let across = 0;
      for (const child of shown) {
        if (kind === "row") {
          const [width, height] = place(child, x + along, y);
          along += width + gap;
          across = Math.max(across, height);
        } else {
          const [width, height] = place(child, x, y + along);
          along += height + gap;
          across = Math.max(across, width);
        }
      }
      if (shown.length > 0) along -= gap;
      return kind === "row" ? [along, across] : [across, along];
    }
    boxes.push([x, y, node[0], node[1]]);
    return [node[0], node[1]];
  }

  place(panel, 0, 0);
  return boxes;
}
