// SHA-256 of a file's bytes, to record exactly which data a run used.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

/** Hex SHA-256 of the file at `path`, streamed. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
