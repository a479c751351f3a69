// What the protocol handlers share: reply and error bodies, ids, and request validation answered with a 400.
import type { Endpoint, FakeLlmOptions } from "../fake-llm-server.js";
import { tokenize } from "./generate.js";

/** An HTTP reply before it is written (so a fault can truncate it). */
export interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

export function json(payload: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body: JSON.stringify(payload), headers };
}

export function openaiError(
  status: number,
  message: string,
  type: string,
  code: string | null = null,
  param: string | null = null,
) {
  return json({ error: { message, type, param, code } }, status, { "x-request-id": newId("req_") });
}

export function anthropicError(status: number, type: string, message: string): Reply {
  const requestId = newId("req_fake");
  return json({ type: "error", error: { type, message }, request_id: requestId }, status, {
    "request-id": requestId,
  });
}

let nextId = 1;
export const newId = (prefix: string) => `${prefix}${(nextId++).toString(36).padStart(8, "0")}`;
export const now = () => Math.floor(Date.now() / 1000);

export class BadRequest extends Error {
  constructor(
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly status = 400,
    public type = "invalid_request_error",
  ) {
    super(message);
  }
}

export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new BadRequest("The request body must be a JSON object.");
  }
  if ((body as Record<string, unknown>).stream === true) {
    throw new BadRequest("The fake server does not stream: send stream false.", "stream");
  }
  return body as Record<string, unknown>;
}

export function checkModel(
  body: Record<string, unknown>,
  options: FakeLlmOptions,
  anthropic: boolean,
): string {
  const model = body.model;
  if (typeof model !== "string" || model === "") {
    throw new BadRequest(anthropic ? "model: Field required" : "you must provide a model parameter", "model");
  }
  if (options.models && !options.models.includes(model)) {
    if (anthropic) throw new BadRequest(`model: ${model}`, "model", null, 404, "not_found_error");
    const message = `The model \`${model}\` does not exist or you do not have access to it.`;
    throw new BadRequest(message, "model", "model_not_found", 404);
  }
  return model;
}

export function intParam(
  body: Record<string, unknown>,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new BadRequest(`Invalid type for '${name}': expected an integer.`, name, "invalid_type");
  }
  if (value < min) throw new BadRequest(`${value} is less than the minimum of ${min} - '${name}'`, name);
  if (value > max) throw new BadRequest(`${value} is greater than the maximum of ${max} - '${name}'`, name);
  return value;
}

export function checkSampling(body: Record<string, unknown>, maxTemperature: number): void {
  for (const [name, max] of [
    ["temperature", maxTemperature],
    ["top_p", 1],
  ] as const) {
    const value = body[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== "number" || value < 0 || value > max) {
      throw new BadRequest(`'${name}' must be a number between 0 and ${max}.`, name);
    }
  }
}

export function stopParam(value: unknown, name: string, maxStop: number | undefined): string[] {
  if (value === undefined || value === null) return [];
  const stops = typeof value === "string" ? [value] : value;
  if (!Array.isArray(stops) || stops.some((s) => typeof s !== "string")) {
    throw new BadRequest(`Invalid type for '${name}': expected a string or an array of strings.`, name);
  }
  if (maxStop !== undefined && stops.length > maxStop) {
    const message = `Invalid '${name}': array too long. Expected an array with maximum length ${maxStop}, but got an array with length ${stops.length} instead.`;
    throw new BadRequest(message, name, "array_above_max_length");
  }
  return stops as string[];
}

export function messageTexts(value: unknown, name: string, anthropic: boolean): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new BadRequest(
      anthropic ? `${name}: Field required` : `'${name}' must be a non-empty array.`,
      name,
    );
  }
  return value.flatMap((m: unknown, i) => {
    const message = m as { role?: unknown; content?: unknown } | null;
    const roles = anthropic ? ["user", "assistant"] : ["system", "developer", "user", "assistant", "tool"];
    if (typeof message !== "object" || message === null || !roles.includes(String(message.role))) {
      throw new BadRequest(`${name}.${i}.role: must be one of ${roles.join(", ")}`, `${name}[${i}].role`);
    }
    return contentTexts(message.content, `${name}.${i}.content`);
  });
}

/** Content is a string or an array of parts, of which the text parts count. */
export function contentTexts(content: unknown, where: string): string[] {
  if (typeof content === "string") return [content];
  if (!Array.isArray(content))
    throw new BadRequest(`${where}: expected a string or an array of content blocks`);
  return content.flatMap((part: { type?: unknown; text?: unknown }) =>
    part?.type === "text" && typeof part.text === "string" ? [part.text] : [],
  );
}

export function promptOf(endpoint: Endpoint, body: unknown): string {
  const b = body as { prompt?: unknown; messages?: unknown } | undefined;
  if (endpoint === "completions") return typeof b?.prompt === "string" ? b.prompt : "";
  if (!Array.isArray(b?.messages)) return "";
  const last = b.messages.findLast((m: { role?: unknown }) => m?.role === "user") as
    | { content?: unknown }
    | undefined;
  try {
    return contentTexts(last?.content ?? "", "").join("");
  } catch {
    return "";
  }
}

export const sumTokens = (texts: string[]) => texts.reduce((sum, t) => sum + tokenize(t).length, 0);
