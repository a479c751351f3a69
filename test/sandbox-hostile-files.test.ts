// Hostile programs against the real sandbox (bubblewrap and seccomp), on files and the environment:
// reading the secrets in other processes' environment, reading host files, and deleting, changing or
// creating host files. Each program would pass if its attack worked; the test then checks from Node
// that the host is untouched.
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { environmentCase } from "./helpers/attacks.js";
import {
  FILE_SECRET,
  homeDir,
  hostDir,
  PACKAGE_JSON,
  setUpHost,
  tearDownHost,
  victim,
} from "./helpers/hostile-host.js";
import { py, str } from "./helpers/python.js";
import { FULL_ISOLATION, useSandbox } from "./helpers/sandbox.js";
import { expectRefused, QUICK } from "./helpers/sandbox-expect.js";

beforeAll(setUpHost);
afterAll(tearDownHost);

describe("sandbox under attack, with bubblewrap and seccomp", () => {
  const sandbox = useSandbox(FULL_ISOLATION);

  it("does not let a sample read the environment of any process", () => environmentCase(sandbox()));

  it("does not let a sample read host files", async () => {
    const paths = [
      join(hostDir, "secret.txt"),
      join(homeDir, "secret.txt"),
      `/proc/1/root${join(hostDir, "secret.txt")}`,
      PACKAGE_JSON,
      "/etc/shadow",
    ];
    const ex = await sandbox().run(
      py`
        import posix
        read = []
        for path in [${paths.map(str).join(", ")}]:
            try:
                with open(path, "rb") as f:
                    text = f.read().decode("utf-8", "replace")
            except OSError as e:
                print(path, e)
                continue
            if "passk-secret-" in text or '"name": "passk"' in text or text.startswith("root:"):
                read.append(path)
        try:
            read += [name for name in posix.listdir(${str(homedir())}) if name.startswith(".passk-hostile-")]
        except OSError as e:
            print("listdir", e)
        print(read)
        assert read, "nothing read"
      `,
      QUICK,
    );
    expectRefused(ex, "nothing read");
    expect(ex.output).not.toContain(FILE_SECRET);
  });

  it("does not let a sample delete, change or create host files", async () => {
    const created = join(hostDir, "created-by-sample.txt");
    const moved = join(hostDir, "moved-by-sample.txt");
    const ex = await sandbox().run(
      py`
        import ctypes, posix
        VICTIM, CREATED, MOVED = ${str(victim)}, ${str(created)}, ${str(moved)}
        libc = ctypes.CDLL(None, use_errno=True)
        def c(result):
            if result < 0:
                raise OSError(ctypes.get_errno(), "libc call failed")
        attempts = [
            ("posix.unlink", lambda: posix.unlink(VICTIM)),
            ("libc.unlink", lambda: c(libc.unlink(VICTIM.encode()))),
            ("posix.rename", lambda: posix.rename(VICTIM, MOVED)),
            ("posix.truncate", lambda: posix.truncate(VICTIM, 0)),
            ("append", lambda: open(VICTIM, "a").write("tampered")),
            ("create", lambda: open(CREATED, "w").write("x")),
            ("posix.open", lambda: posix.close(posix.open(CREATED, posix.O_CREAT | posix.O_WRONLY, 0o644))),
            ("libc.creat", lambda: c(libc.creat(CREATED.encode(), 0o644))),
            ("posix.mkdir", lambda: posix.mkdir(CREATED + ".d")),
        ]
        done = []
        for how, action in attempts:
            try:
                action()
                done.append(how)
            except OSError as e:
                print(how, e)
        print(done)
        assert done, "the host is untouched"
      `,
      QUICK,
    );
    expectRefused(ex, "the host is untouched");
    expect(readFileSync(victim, "utf8")).toBe("keep me");
    expect(existsSync(created)).toBe(false);
    expect(existsSync(`${created}.d`)).toBe(false);
    expect(existsSync(moved)).toBe(false);
  });
});
