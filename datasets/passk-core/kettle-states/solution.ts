function kettle_states(events: string[]): string[] {
  let state = "off";
  const states: string[] = [];
  for (const event of events) {
    if (event === "lift") state = "off";
    else if (event === "switch") state = state === "heating" ? "off" : "heating";
    else if (state === "heating") state = "warm";
    states.push(state);
  }
  return states;
}
