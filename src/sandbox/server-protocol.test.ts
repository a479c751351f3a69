// The protocol checks at work on both ends: the real fork server answers bad request lines (and goes
// on serving), and ForkServer turns a server's malformed ready line or answer into a protocol error.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { responseProblem } from "./protocol.js";
import { resolvePython } from "./python.js";
import { ForkServer, ServerDiedError } from "./server.js";
import { DEFAULT_LIMITS } from "./types.js";

const LIMITS = { timeout: 3, wall: 6, memory: 2 ** 30, file_size: 2 ** 24, processes: 256, output_cap: 2048 };
const tmp = mkdtempSync(join(tmpdir(), "passk-protocol-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The real fork server, started directly; `nextLine` reads its next line as JSON. */
async function startServer() {
  const python = await resolvePython();
  const script = fileURLToPath(new URL("forkserver.py", import.meta.url));
  const child = spawn(python.executable, ["-I", "-S", "-B", script], {
    env: { PASSK_TMP: tmp, PASSK_SECCOMP: "auto" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  return { child, nextLine };
}

describe("the real fork server", () => {
  it("answers bad request lines with an error for their id, and runs the next good one", async () => {
    const { child, nextLine } = await startServer();
    try {
      expect((await nextLine()).ready).toBe(true);
      const sent = [
        JSON.stringify({ id: 5, kind: "data", program: "x" }),
        "not json",
        JSON.stringify({ ...LIMITS, id: 6, kind: "data", program: "", entry_point: "f", inputs: [1] }),
        JSON.stringify({
          ...LIMITS,
          id: 7,
          kind: "data",
          program: "def f(x): return x",
          entry_point: "f",
          inputs: ["[1]"],
        }),
      ];
      child.stdin.write(`${sent.join("\n")}\n`);
      const answers = [await nextLine(), await nextLine(), await nextLine(), await nextLine()];
      for (const answer of answers) expect(responseProblem(answer)).toBeUndefined();
      expect(answers[0]).toMatchObject({ id: 5, status: "error" });
      expect(answers[0]?.result).toMatch(/protocol: bad request: missing field 'timeout'/);
      expect(answers[1]).toMatchObject({ id: 0, status: "error" });
      expect(answers[1]?.result).toMatch(/protocol: unreadable request/);
      expect(answers[2]).toMatchObject({ id: 6, status: "error" });
      expect(answers[2]?.result).toMatch(/field 'inputs': item 0: expected a string, got number/);
      for (const answer of answers.slice(0, 3)) expect(answer.replace).toBeUndefined();
      expect(answers[3]).toMatchObject({ id: 7, status: "passed", cases: ['{"ok": 1}'] });
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);

  it("holds answers while requests wait, yet sends each within a moment while a long sample runs", async () => {
    const { child, nextLine } = await startServer();
    const job = (id: number, program: string) =>
      JSON.stringify({ ...LIMITS, id, kind: "data", program, entry_point: "f", inputs: ["[1]"] });
    try {
      expect((await nextLine()).ready).toBe(true);
      // The first answer is held (four requests wait behind it), and the second sample sleeps 2 s.
      const quick = "def f(x): return x";
      const slow = "import time\ntime.sleep(2)\ndef f(x): return x";
      const sent = performance.now();
      child.stdin.write(
        `${[job(1, quick), job(2, slow), job(3, quick), job(4, quick), job(5, quick)].join("\n")}\n`,
      );
      const first = await nextLine();
      const firstAfter = performance.now() - sent;
      expect(first).toMatchObject({ id: 1, status: "passed" });
      expect(firstAfter).toBeLessThan(1500);
      const rest = [await nextLine(), await nextLine(), await nextLine(), await nextLine()];
      expect(performance.now() - sent).toBeGreaterThan(2000);
      expect(rest.map((answer) => [answer.id, answer.status])).toEqual([
        [2, "passed"],
        [3, "passed"],
        [4, "passed"],
        [5, "passed"],
      ]);
    } finally {
      child.kill("SIGKILL");
    }
  }, 30_000);
});

/** A stand-in server (node): a ready line, then `answer` (with the request's id) to each request. */
function fakeServer(ready: string, answer: string): ForkServer {
  const program = `
    const rl = require("node:readline").createInterface({ input: process.stdin });
    process.stdout.write(process.env.READY + "\\n");
    rl.on("line", (line) => process.stdout.write(process.env.ANSWER.replace("ID", JSON.parse(line).id) + "\\n"));`;
  return new ForkServer({
    command: process.execPath,
    args: ["-e", program],
    env: { READY: ready, ANSWER: answer },
  });
}

const READY = JSON.stringify({
  ready: true,
  python: "3.11.7",
  seccomp: true,
  seccomp_reason: null,
  uid_drop: false,
  uid_drop_reason: "not root",
  uids: null,
  subreaper: true,
  pid: 1,
});
const GOOD = '{"id":ID,"status":"passed","result":"passed","cpu":0.1,"wall":0.2,"overhead":0,"output":""}';
const JOB = { kind: "program", program: "pass" } as const;

describe("ForkServer", () => {
  it("takes a well-formed answer", async () => {
    const server = fakeServer(READY, GOOD);
    await server.ready;
    const answer = await server.run(JOB, DEFAULT_LIMITS);
    expect(answer.execution).toMatchObject({ status: "passed", cpu: 0.1, exitCode: null });
    server.kill();
  });

  it.each([
    ['"PASSED"', "field 'status': expected one of"],
    ['"passed","verdict":"in-process; rm -rf"', "field 'verdict': expected one of"],
    ['"passed","cases":[1]', "field 'cases': item 0: expected a string, got number"],
    ['"passed","note":"x"', 'unknown field "note"'],
  ])(
    "refuses an answer with status %s as a protocol error, and kills the server",
    async (status, problem) => {
      const server = fakeServer(READY, GOOD.replace('"passed"', status));
      await server.ready;
      const error = await server.run(JOB, DEFAULT_LIMITS).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServerDiedError);
      expect((error as Error).message).toContain(`protocol error: bad answer to request 1: ${problem}`);
      await server.gone; // killed
    },
  );

  it("refuses an answer without a required field, whatever optional fields it has", async () => {
    const server = fakeServer(READY, GOOD.replace('"wall":0.2', '"exit_code":0,"verdict":"split"'));
    await server.ready;
    const error = await server.run(JOB, DEFAULT_LIMITS).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      "protocol error: bad answer to request 1: missing field 'wall'",
    );
    await server.gone;
  });

  it("gives up on a job its server does not answer within its deadline, counted from when it began", async () => {
    // Answers the first request after 400 ms, then nothing: the second job begins once the first is
    // answered, and is given up on no sooner than its deadline (wall limit + 10 s grace) after that.
    const program = `
      const rl = require("node:readline").createInterface({ input: process.stdin });
      process.stdout.write(process.env.READY + "\\n");
      let first = true;
      rl.on("line", (line) => {
        const id = JSON.parse(line).id;
        if (first) setTimeout(() => process.stdout.write(process.env.ANSWER.replace("ID", id) + "\\n"), 400);
        first = false;
      });`;
    const server = new ForkServer({
      command: process.execPath,
      args: ["-e", program],
      env: { READY, ANSWER: GOOD },
    });
    await server.ready;
    const limits = { ...DEFAULT_LIMITS, wallTimeout: 0.1 };
    const running = server.run(JOB, limits);
    const second = server.run(JOB, limits).catch((e: unknown) => e);
    const first = await running;
    const answered = performance.now();
    const error = (await second) as Error;
    expect(first.execution.status).toBe("passed");
    expect(error).toBeInstanceOf(ServerDiedError);
    expect(error.message).toBe("no answer within 10.1 s");
    expect(performance.now() - answered).toBeGreaterThanOrEqual(10_050);
    await server.gone; // killed
  }, 20_000);

  it("refuses a ready line that does not fit the schema", async () => {
    const server = fakeServer(READY.replace('"seccomp":true', '"seccomp":"yes"'), GOOD);
    await expect(server.ready).rejects.toThrow(/unexpected first line from the server \(field 'seccomp'/);
    await server.gone;
  });

  it("refuses to send a malformed request under test (a bug in passk)", async () => {
    const server = fakeServer(READY, GOOD);
    await server.ready;
    await expect(server.run(JOB, { ...DEFAULT_LIMITS, memoryBytes: 1.5 })).rejects.toThrow(
      "protocol: bad request 1: field 'memory': expected an integer, got 1.5",
    );
    server.kill();
  });
});
