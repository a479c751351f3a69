// The real sandbox for a block of tests: started before its first test, closed after its last.
import { afterAll, beforeAll } from "vitest";
import { createSandbox, type Sandbox, type SandboxOptions } from "../../src/sandbox/pool.js";

/** Both layers, or no test: a sandbox the hostile samples must not get out of. */
export const FULL_ISOLATION: SandboxOptions = { workers: 2, bubblewrap: "require", seccomp: "require" };

/**
 * Starts a sandbox with `options` in `beforeAll` and closes it in `afterAll` of the enclosing block;
 * returns it, for the tests and for the hooks registered after this call.
 */
export function useSandbox(options: SandboxOptions): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await createSandbox(options);
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => {
    if (!sandbox) throw new Error("useSandbox: the sandbox has not started (see the error in beforeAll)");
    return sandbox;
  };
}
