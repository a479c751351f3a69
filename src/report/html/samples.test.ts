// Tests of the sample browser's data: every record kept, texts deduplicated and cut to the budget,
// sample fields found when the results lack them, and runs that were never evaluated.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HOSTILE_COMPLETION, LONG_COMPLETION_CHARS, writeFakeRun } from "../../../test/helpers/fake-run.js";
import { useWorkspace } from "../../../test/helpers/workspace.js";
import { loadRun } from "../../run/load.js";
import { browserData, samplesSection, textCap } from "./samples.js";

const ws = useWorkspace();

describe("textCap", () => {
  it("keeps texts whole when they fit and shares the rest among the long ones", () => {
    expect(textCap([10, 20, 30], { perText: 4096, total: 100 })).toBe(4096);
    expect(textCap([10, 5000], { perText: 4096, total: 10_000 })).toBe(4096);
    // 300 + 300 whole; 1400 left for two long texts → 700 each.
    expect(textCap([300, 300, 5000, 9000], { perText: 4096, total: 2000 })).toBe(700);
    expect(textCap([5000, 5000], { perText: 4096, total: 10 })).toBe(200);
  });
});

describe("browserData", () => {
  it("holds every record's metadata, in task order, with the special samples intact", async () => {
    const { results } = writeFakeRun(join(ws.dir, "run"), { problems: 5, n: 8 });
    const data = browserData(await loadRun(join(ws.dir, "run")));
    expect(data.rows).toHaveLength(40);
    expect(data.tasks).toEqual(["Fake/0", "Fake/1", "Fake/2", "Fake/3", "Fake/4"]);
    const hostile = data.rows.find((r) => r[0] === 1 && r[1] === 0);
    expect(data.texts[hostile?.[6] ?? -1]).toBe(HOSTILE_COMPLETION);
    const chat = data.rows.find((r) => r[0] === 0 && r[1] === 1);
    expect(data.texts[chat?.[7] ?? -1]).toContain("Here is the function");
    expect(chat?.[10]).toBe("fenced");
    const withLogprobs = results.filter((r) => r.logprobs !== null).length;
    expect(data.rows.filter((r) => r[5] !== null)).toHaveLength(withLogprobs);
    const long = data.rows.find((r) => r[0] === 2 && r[1] === 0);
    expect(data.lengths[long?.[6] ?? -1]).toBe(LONG_COMPLETION_CHARS);
    expect(data.texts[long?.[6] ?? -1]).toHaveLength(4096);
    expect(data.cap).toBe(4096);
    expect(new Set(data.texts).size).toBe(data.texts.length); // deduplicated
  });

  it("finds log-probs and the raw reply in samples.jsonl when the results lack them", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 2, n: 4 });
    const run = await loadRun(join(ws.dir, "run"));
    const bare = run.results.map(
      ({ logprobs: _l, raw: _r, finish_reason: _f, ...rest }) => rest,
    ) as typeof run.results;
    const data = browserData({ ...run, results: bare });
    const chat = data.rows.find((r) => r[0] === 0 && r[1] === 1);
    expect(data.texts[chat?.[7] ?? -1]).toContain("Here is the function");
    expect(data.rows.filter((r) => r[5] !== null).length).toBeGreaterThan(0);
    expect(data.rows.every((r) => r[4] !== null)).toBe(true);
  });

  it("lists the samples of a run that was not evaluated, as not evaluated", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 2, n: 3 });
    const run = await loadRun(join(ws.dir, "run"));
    const data = browserData({ ...run, results: [] });
    expect(data.rows).toHaveLength(6);
    expect(data.rows.every((r) => r[2] === -1 && r[8] === null)).toBe(true);
    expect(samplesSection("run-1", data)).toContain("not evaluated (6)");
  });

  it("cuts long texts to fit the total budget and says how many were cut", async () => {
    writeFakeRun(join(ws.dir, "run"), { problems: 10, n: 10, completionChars: 900 });
    const data = browserData(await loadRun(join(ws.dir, "run")), { perText: 4096, total: 30_000 });
    expect(data.cap).toBeLessThan(900);
    expect(data.texts.reduce((sum, t) => sum + t.length, 0)).toBeLessThanOrEqual(30_000);
    const html = samplesSection("run-1", data);
    const cut = data.lengths.filter((n) => n > data.cap).length;
    expect(cut).toBeGreaterThan(50);
    expect(html).toContain(
      `${cut} of ${data.lengths.length} distinct completions or replies are longer than ${data.cap} characters`,
    );
  });
});
