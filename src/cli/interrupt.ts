// Ctrl-C during a command that writes as it goes (run, generate, sweep, evaluate, rank): the first
// stops gracefully, the second quits at once.

/** Ctrl-C stops gracefully (work in flight finishes, files stay consistent); a second one quits at once. */
export function stopOnInterrupt(controller: AbortController): () => void {
  const stop = () => {
    process.stderr.write("\npassk: stopping after the work in flight (Ctrl-C again to quit at once)\n");
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  };
  process.once("SIGINT", stop);
  return () => process.removeListener("SIGINT", stop);
}
