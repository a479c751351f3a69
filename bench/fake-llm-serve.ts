// Runs the fake LLM server in a process of its own (so that the benchmark measures passk, not a
// server sharing its event loop) and prints its URL. Usage: tsx bench/fake-llm-serve.ts <latency-ms>
import { startFakeLlm } from "../test/helpers/fake-llm-server.js";

const latencyMs = Number(process.argv[2] ?? 50);
const server = await startFakeLlm({
  latencyMs,
  reply: () => "    return sorted(values)[len(values) // 2]\n",
});
process.stdout.write(`${server.url}\n`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
