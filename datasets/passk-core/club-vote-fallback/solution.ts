function election_winner(ballots: string[][], withdrawn: Set<string>): string | null {
  const votes = new Map<string, number>();
  for (const ballot of ballots) {
    const choice = ballot.find((name) => !withdrawn.has(name));
    if (choice !== undefined) votes.set(choice, (votes.get(choice) ?? 0) + 1);
  }
  let winner: string | null = null;
  let most = 0;
  for (const [name, count] of votes) {
    if (winner === null || count > most || (count === most && name < winner)) {
      winner = name;
      most = count;
    }
  }
  return winner;
}
