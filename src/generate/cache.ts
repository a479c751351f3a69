// The completion cache: every sample a server returned, keyed by (model, parameters, prompt) and the
// sample's index, so that re-running a configuration — in the same run folder or another — never
// pays for the same sample twice. One append-only JSONL file per key under the cache folder
// (default ~/.cache/passk/completions, or $PASSK_CACHE_DIR, or $XDG_CACHE_HOME/passk).
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import type { GeneratedSample } from "../providers/types.js";

/** The default cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PASSK_CACHE_DIR) return env.PASSK_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "passk");
}

/** SHA-256 of a canonical JSON rendering (object keys sorted), as a cache or configuration key. */
export function hashKey(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** Completions cached on disk, read per key on first use. */
export class CompletionCache {
  private readonly root: string;
  private readonly loaded = new Map<string, Map<number, GeneratedSample>>();

  constructor(dir: string) {
    this.root = join(dir, "completions");
  }

  /** The cached samples of `key` by index. A torn last line (a crash mid-write) is ignored. */
  get(key: string): Map<number, GeneratedSample> {
    let entries = this.loaded.get(key);
    if (entries) return entries;
    entries = new Map();
    const path = this.pathOf(key);
    if (existsSync(path)) {
      for (const line of readFileSync(path, "utf8").split("\n")) {
        if (!line.trim()) continue;
        try {
          const { index, sample } = JSON.parse(line) as { index: number; sample: GeneratedSample };
          if (Number.isInteger(index) && sample && typeof sample.completion === "string")
            entries.set(index, sample);
        } catch {
          // A line cut by a crash: that sample will simply be asked for again.
        }
      }
    }
    this.loaded.set(key, entries);
    return entries;
  }

  /** Records one sample (one synchronous append, so a kill cannot tear more than that line). */
  put(key: string, index: number, sample: GeneratedSample): void {
    const path = this.pathOf(key);
    mkdirSync(join(this.root, key.slice(0, 2)), { recursive: true });
    // Start on a fresh line in case an earlier writer was killed mid-line.
    appendFileSync(path, `\n${JSON.stringify({ index, sample })}\n`);
    this.get(key).set(index, sample);
  }

  private pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.jsonl`);
  }
}
