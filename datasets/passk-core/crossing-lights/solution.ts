function crossing_lights(events: string[]): string[] {
  let colour = "green";
  let timer = 0;
  let request = false;
  const shown: string[] = [];
  for (const event of events) {
    if (event === "press") {
      if (colour !== "yellow") request = true;
      continue;
    }
    timer++;
    if (colour === "green") {
      if (request && timer >= 6) {
        colour = "yellow";
        timer = 0;
        request = false;
      }
    } else if (colour === "yellow") {
      if (timer === 3) {
        colour = "red";
        timer = 0;
      }
    } else if (timer === 5) {
      colour = "green";
      timer = 0;
    }
    shown.push(colour);
  }
  return shown;
}
