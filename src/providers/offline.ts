// The offline providers: `reference` answers with the canonical solutions (a sanity check: pass@1
// must be 1.0), `replay` with the samples of an existing JSONL file (produced by another tool), so
// that evaluation, analyses and reports work on anything.
import { PasskError } from "../errors.js";
import { isJsonObject, readJsonl } from "../io/jsonl.js";
import {
  type GeneratedSample,
  type GenerationRequest,
  type GenerationResponse,
  type Provider,
  ProviderError,
  type ProviderInfo,
} from "./types.js";

const NO_USAGE = { inputTokens: 0, outputTokens: 0 };

function offlineInfo(spec: string, provider: string, model: string): ProviderInfo {
  return { spec, provider, model, mode: "offline", simulated: false };
}

/** Every sample is the problem's canonical solution. */
export class ReferenceProvider implements Provider {
  readonly info = offlineInfo("reference", "reference", "canonical-solution");
  readonly maxN = Number.MAX_SAFE_INTEGER;
  readonly maxStop = Number.POSITIVE_INFINITY;
  readonly cacheable = false;

  async generate(request: GenerationRequest): Promise<GenerationResponse> {
    const { problem } = request;
    if (problem.canonical_solution === "") {
      throw new ProviderError(
        `${problem.task_id}: the problem file has no canonical_solution`,
        "unavailable",
      );
    }
    const sample: GeneratedSample = {
      completion: problem.canonical_solution,
      finishReason: null,
      logprobs: null,
    };
    return { samples: Array.from({ length: request.n }, () => ({ ...sample })), usage: NO_USAGE };
  }
}

/** Fields of a replayed line that passk sets itself. */
const OWN_FIELDS = new Set(["task_id", "completion", "completion_id", "model", "finish_reason", "logprobs"]);

/** Serves the samples of a JSONL file, per task in file order (or by `completion_id` when present). */
export class ReplayProvider implements Provider {
  readonly info: ProviderInfo;
  readonly maxN = Number.MAX_SAFE_INTEGER;
  readonly maxStop = Number.POSITIVE_INFINITY;
  readonly cacheable = false;

  private constructor(
    readonly path: string,
    private readonly byTask: Map<string, GeneratedSample[]>,
  ) {
    this.info = offlineInfo(`replay:${path}`, "replay", path);
  }

  /** Reads the file; every bad line is reported at once. */
  static async open(path: string): Promise<ReplayProvider> {
    const lines = await readJsonl(path);
    const problems: string[] = [];
    const byTask = new Map<string, { id: number; sample: GeneratedSample }[]>();
    for (const line of lines) {
      if ("error" in line) {
        problems.push(`${path}:${line.line}: ${line.error}`);
        continue;
      }
      const value = line.value;
      if (!isJsonObject(value) || typeof value.task_id !== "string" || typeof value.completion !== "string") {
        problems.push(
          `${path}:${line.line}: expected {"task_id": string, "completion": string, …}` +
            (isJsonObject(value) && "solution" in value
              ? ' (whole-program "solution" samples cannot be replayed; evaluate them with `passk evaluate`)'
              : ""),
        );
        continue;
      }
      const list = byTask.get(value.task_id) ?? [];
      const extra: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(value)) if (!OWN_FIELDS.has(key)) extra[key] = field;
      const logprobs = isLogprobs(value.logprobs) ? value.logprobs : null;
      list.push({
        id: typeof value.completion_id === "number" ? value.completion_id : list.length,
        sample: {
          completion: value.completion,
          finishReason: typeof value.finish_reason === "string" ? value.finish_reason : null,
          logprobs,
          extra,
        },
      });
      byTask.set(value.task_id, list);
    }
    if (problems.length > 0) {
      throw new PasskError("BAD_INPUT", `${path}: ${problems.length} lines cannot be replayed`, problems);
    }
    const ordered = new Map<string, GeneratedSample[]>();
    for (const [task, list] of byTask)
      ordered.set(
        task,
        list.sort((a, b) => a.id - b.id).map((e) => e.sample),
      );
    return new ReplayProvider(path, ordered);
  }

  /** Samples per task in the file (for the default n). */
  counts(): Map<string, number> {
    return new Map([...this.byTask].map(([task, list]) => [task, list.length]));
  }

  async generate(request: GenerationRequest): Promise<GenerationResponse> {
    const list = this.byTask.get(request.problem.task_id) ?? [];
    const samples = list.slice(request.firstIndex, request.firstIndex + request.n);
    if (samples.length === 0) {
      throw new ProviderError(
        `${this.path} has ${list.length} samples for ${request.problem.task_id}, fewer than the ${request.firstIndex + request.n} asked for`,
        "unavailable",
      );
    }
    return { samples, usage: NO_USAGE };
  }
}

function isLogprobs(value: unknown): value is { sum: number; mean: number; tokens: number } {
  return (
    isJsonObject(value) &&
    typeof value.sum === "number" &&
    typeof value.mean === "number" &&
    typeof value.tokens === "number"
  );
}
