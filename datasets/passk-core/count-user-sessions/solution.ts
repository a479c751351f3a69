function count_sessions(events: [string, number][], max_gap: number): Record<string, number> {
  const timesByUser = new Map<string, number[]>();
  for (const [user, time] of events) {
    const times = timesByUser.get(user);
    if (times) times.push(time);
    else timesByUser.set(user, [time]);
  }
  const sessions: Record<string, number> = {};
  for (const [user, times] of timesByUser) {
    times.sort((a, b) => a - b);
    let count = 1;
    for (let i = 1; i < times.length; i++) {
      if ((times[i] ?? 0) - (times[i - 1] ?? 0) > max_gap) count++;
    }
    sessions[user] = count;
  }
  return sessions;
}
