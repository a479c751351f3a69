// Task specifications → tasks: a group name ("all", "arithmetic", "words"), a family name (items made
// by passk's generator), or a task file in GPT-3's format. One flag takes any mix of them.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { PasskError } from "../../errors.js";
import { FAMILIES, familyNamed, GROUPS } from "./families.js";
import { loadIncontextFile, taskNameOf } from "./load.js";
import type { IncontextItem, IncontextTask } from "./types.js";

/**
 * Items as a task file holds them (what `generate` writes): one line each, laid out as GPT-3's files
 * are (Python's json.dumps: `{"context": "…", "completion": "…"}`, a space after ":" and ",").
 */
export function taskFileText(items: readonly IncontextItem[]): string {
  return items
    .map(
      (item) =>
        `{"context": ${JSON.stringify(item.context)}, "completion": ${JSON.stringify(item.completion)}}\n`,
    )
    .join("");
}

/** A generated task: `count` items of `family` from `seed`; its sha256 is that of its plain task file. */
export function generateTask(family: string, count: number, seed: number): IncontextTask {
  const found = familyNamed(family);
  if (!found) throw new PasskError("BAD_OPTION", `${family}: no such task family (${knownNames()})`);
  const items = found.generate(count, seed);
  const sha256 = createHash("sha256").update(taskFileText(items)).digest("hex");
  return {
    name: found.name,
    source: `generated (seed ${seed}, ${count} items)`,
    family: found.name,
    items,
    sha256,
  };
}

/** What `--tasks` accepts, for messages. */
export function knownNames(): string {
  return `groups: ${Object.keys(GROUPS).join(", ")}; families: ${FAMILIES.map((f) => f.name).join(", ")}; or a task file (.jsonl, .jsonl.gz)`;
}

/** Options of {@link resolveTasks}. */
export interface ResolveOptions {
  /** Items made per generated task (GPT-3's files hold 2,000 per arithmetic task). */
  count: number;
  /** Seed of the generators. */
  seed: number;
}

/**
 * The tasks named by `specs`, in order, each once. A spec that is an existing path is a file (named
 * after the file; its family is the one of that name, if any); otherwise a group or a family.
 * @throws PasskError FILE_NOT_FOUND for a spec that is none of these; BAD_OPTION for two tasks of one name.
 */
export async function resolveTasks(
  specs: readonly string[],
  options: ResolveOptions,
): Promise<IncontextTask[]> {
  const tasks: IncontextTask[] = [];
  const seen = new Map<string, string>();
  const add = (task: IncontextTask, spec: string) => {
    const earlier = seen.get(task.name);
    if (earlier === spec) return; // the same family through two groups
    if (earlier !== undefined) {
      throw new PasskError(
        "BAD_OPTION",
        `--tasks: "${spec}" and "${earlier}" are both a task named ${task.name}; give one of them (rename a file to run both)`,
      );
    }
    seen.set(task.name, spec);
    tasks.push(task);
  };
  for (const spec of specs) {
    if (existsSync(spec)) {
      add(await loadIncontextFile(spec, familyNamed(taskNameOf(spec))?.name ?? null), spec);
      continue;
    }
    const names = GROUPS[spec] ?? (familyNamed(spec) ? [spec] : null);
    if (!names) {
      throw new PasskError(
        "FILE_NOT_FOUND",
        `--tasks ${spec}: no such task file, family or group (${knownNames()})`,
      );
    }
    for (const name of names) if (!seen.has(name)) add(generateTask(name, options.count, options.seed), name);
  }
  return tasks;
}
