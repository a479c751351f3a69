import { describe, expect, it } from "vitest";
import type { ResultRecord } from "../evaluate/types.js";
import type { Isolation } from "../sandbox/types.js";
import { createProgress } from "./progress.js";

const isolation: Isolation = {
  level: "bubblewrap+seccomp",
  bubblewrap: true,
  seccomp: true,
  uidDrop: true,
  python: "python3",
  notes: [],
};

function record(passed: boolean): ResultRecord {
  return {
    task_id: "t/0",
    result: passed ? "passed" : "failed: x",
    passed,
    status: passed ? "passed" : "failed",
    cpu_time: 0,
    wall_time: 0,
    sample_line: 1,
    isolation: "bubblewrap+seccomp",
  };
}

function drive(isTTY: boolean, times: number[]): string {
  let out = "";
  let clock = 0;
  const progress = createProgress(
    { write: (text: string) => (out += text), isTTY, columns: 100 },
    { now: () => clock },
  );
  progress.onEvent({
    type: "start",
    total: times.length,
    alreadyDone: 0,
    toRun: times.length,
    unique: times.length,
    isolation,
  });
  times.forEach((t, i) => {
    clock = t;
    progress.onEvent({ type: "result", done: i + 1, total: times.length, record: record(i % 2 === 0) });
  });
  progress.finish();
  return out;
}

describe("createProgress", () => {
  it("redraws one bar line on a terminal, with rate, passes and ETA", () => {
    const out = drive(true, [50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
    expect(out).toContain("\r[");
    expect(out).toMatch(/10\/10 · 20\/s · 5 passed · ETA 0\.0 s/);
    expect(out.endsWith("\n")).toBe(true);
  });

  it("prints plain lines at most every interval when stderr is not a terminal, and the last one", () => {
    const times = Array.from({ length: 100 }, (_, i) => (i + 1) * 100); // one result every 0.1 s for 10 s
    const lines = drive(false, times)
      .split("\n")
      .filter((line) => line.startsWith("passk: ") && line.includes("/s"));
    // 10 s of results with a 5 s interval: the first, the one at 5.1 s, the one at 10 s.
    expect(lines.length).toBe(3);
    expect(lines.at(-1)).toMatch(/^passk: 100\/100 · 10\/s · 50 passed/);
    expect(lines.join("")).not.toContain("\r");
  });

  it("announces a resumed run and warnings on their own lines", () => {
    let out = "";
    const progress = createProgress({ write: (t: string) => (out += t), isTTY: false });
    progress.onEvent({ type: "warning", message: "no seccomp filter" });
    progress.onEvent({ type: "start", total: 10, alreadyDone: 4, toRun: 6, unique: 5, isolation });
    expect(out).toContain("passk: warning: no seccomp filter\n");
    expect(out).toContain("resuming: 4 of 10 samples already done");
    expect(out).toContain("6 samples to run (5 distinct programs)");
  });
});
