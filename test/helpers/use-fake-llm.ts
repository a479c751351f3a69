// The fake LLM server's lifecycle in a vitest file (kept apart from the server itself, which the
// benchmark also runs outside vitest).
import { afterEach } from "vitest";
import { type FakeLlm, type FakeLlmOptions, startFakeLlm } from "./fake-llm-server.js";

/**
 * For a test file: `start(options)` starts a fake server that is closed after the test (vitest's
 * `afterEach`), so each test gets its own and none outlives it.
 */
export function useFakeLlm(): (options?: FakeLlmOptions) => Promise<FakeLlm> {
  let running: FakeLlm | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return async (options = {}) => {
    running = await startFakeLlm(options);
    return running;
  };
}
