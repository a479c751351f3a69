// Tests of the completion cache on real files: samples survive into a new cache instance, a torn line
// costs only itself, keys do not depend on key order, and where the cache lives by default.
import { appendFileSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import type { GeneratedSample } from "../providers/types.js";
import { CompletionCache, defaultCacheDir, hashKey } from "./cache.js";

const ws = useWorkspace();

const sample = (completion: string, extra: Partial<GeneratedSample> = {}): GeneratedSample => ({
  completion,
  finishReason: "stop",
  logprobs: { sum: -3, mean: -1, tokens: 3 },
  ...extra,
});

/** The one file the cache keeps for `key`. */
function cacheFile(dir: string, key: string): string {
  return join(dir, "completions", key.slice(0, 2), `${key}.jsonl`);
}

describe("CompletionCache", () => {
  it("gives back what was put, in the same instance and in a new one reading the file", () => {
    const key = hashKey({ model: "m", prompt: "p" });
    const cache = new CompletionCache(ws.dir);
    expect(cache.get(key).size).toBe(0);
    const chat = sample("    return 1\n", { raw: "```python\nreturn 1\n```", extraction: "fenced-body" });
    cache.put(key, 0, sample("    return 0\n"));
    cache.put(key, 3, chat);
    expect(cache.get(key).get(3)).toEqual(chat);

    const fresh = new CompletionCache(ws.dir);
    const entries = fresh.get(key);
    expect([...entries.keys()].sort()).toEqual([0, 3]);
    expect(entries.get(0)).toEqual(sample("    return 0\n"));
    expect(entries.get(3)).toEqual(chat);
    expect(readdirSync(join(ws.dir, "completions", key.slice(0, 2)))).toEqual([`${key}.jsonl`]);
  });

  it("keeps keys apart", () => {
    const a = hashKey({ prompt: "a" });
    const b = hashKey({ prompt: "b" });
    const cache = new CompletionCache(ws.dir);
    cache.put(a, 0, sample("A"));
    const fresh = new CompletionCache(ws.dir);
    expect(fresh.get(b).size).toBe(0);
    expect(fresh.get(a).get(0)?.completion).toBe("A");
  });

  it("ignores a torn line and keeps the lines around it, even when more is appended after it", () => {
    const key = hashKey({ prompt: "torn" });
    const cache = new CompletionCache(ws.dir);
    cache.put(key, 0, sample("zero"));
    appendFileSync(cacheFile(ws.dir, key), '{"index":1,"sample":{"compl'); // a writer killed mid-line
    expect(new CompletionCache(ws.dir).get(key).size).toBe(1);

    new CompletionCache(ws.dir).put(key, 2, sample("two"));
    const entries = new CompletionCache(ws.dir).get(key);
    expect([...entries.keys()].sort()).toEqual([0, 2]);
    expect(entries.get(2)?.completion).toBe("two");
  });

  it("ignores lines that are JSON but not cache entries", () => {
    const key = hashKey({ prompt: "junk" });
    const cache = new CompletionCache(ws.dir);
    cache.put(key, 0, sample("zero"));
    appendFileSync(
      cacheFile(ws.dir, key),
      'null\n{"index":"1","sample":{"completion":"x"}}\n{"index":2,"sample":{"completion":5}}\n[]\n',
    );
    expect([...new CompletionCache(ws.dir).get(key).keys()]).toEqual([0]);
  });

  it("lets a later entry for the same index win", () => {
    const key = hashKey({ prompt: "twice" });
    const cache = new CompletionCache(ws.dir);
    cache.put(key, 0, sample("first"));
    cache.put(key, 0, sample("second"));
    expect(new CompletionCache(ws.dir).get(key).get(0)?.completion).toBe("second");
    expect(readFileSync(cacheFile(ws.dir, key), "utf8")).toContain("first"); // append-only
  });
});

describe("hashKey", () => {
  it("does not depend on the order of object keys, at any depth", () => {
    const a = { model: "m", params: { temperature: 0.8, stop: ["\ndef"], topP: 0.95 }, prompt: "p" };
    const b = { prompt: "p", params: { topP: 0.95, stop: ["\ndef"], temperature: 0.8 }, model: "m" };
    expect(hashKey(a)).toBe(hashKey(b));
    expect(hashKey(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes with any value, and with array order", () => {
    const base = { model: "m", params: { temperature: 0.8, stop: ["a", "b"] } };
    expect(hashKey({ ...base, model: "n" })).not.toBe(hashKey(base));
    expect(hashKey({ ...base, params: { temperature: 0.2, stop: ["a", "b"] } })).not.toBe(hashKey(base));
    expect(hashKey({ ...base, params: { temperature: 0.8, stop: ["b", "a"] } })).not.toBe(hashKey(base));
    expect(hashKey("1")).not.toBe(hashKey(1));
  });

  it("treats an undefined field as absent", () => {
    expect(hashKey({ a: 1, b: undefined })).toBe(hashKey({ a: 1 }));
    expect(hashKey({ a: 1, b: null })).not.toBe(hashKey({ a: 1 }));
  });
});

describe("defaultCacheDir", () => {
  it("prefers PASSK_CACHE_DIR, then XDG_CACHE_HOME/passk, then ~/.cache/passk", () => {
    expect(defaultCacheDir({ PASSK_CACHE_DIR: "/p", XDG_CACHE_HOME: "/x" })).toBe("/p");
    expect(defaultCacheDir({ XDG_CACHE_HOME: "/x" })).toBe("/x/passk");
    expect(defaultCacheDir({})).toBe(join(homedir(), ".cache", "passk"));
  });

  it("treats empty variables as unset", () => {
    expect(defaultCacheDir({ PASSK_CACHE_DIR: "", XDG_CACHE_HOME: "/x" })).toBe("/x/passk");
    expect(defaultCacheDir({ PASSK_CACHE_DIR: "", XDG_CACHE_HOME: "" })).toBe(
      join(homedir(), ".cache", "passk"),
    );
  });
});
