// The JavaScript/TypeScript sandbox as the rest of passk sees it: the same `Sandbox` interface as the
// Python one, backed by Node hosts inside bubblewrap (one sample at a time each, every sample in a
// fresh V8 context or a fresh isolate) and, for TypeScript, warm compilers. See docs/javascript.md.
//
// The pool is this file's own and not the Python pool's: a Node host's failures differ (a forged
// answer line fails the sample and is not retried), and the two are kept apart while the Python
// sandbox changes.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { PasskError } from "../../errors.js";
import { findBubblewrap } from "../bubblewrap.js";
import type { Sandbox, SandboxOptions } from "../pool.js";
import { resolvePython } from "../python.js";
import {
  type DataRun,
  DEFAULT_LIMITS,
  type Execution,
  type Isolation,
  type Limits,
  type SplitRun,
} from "../types.js";
import { Compilers } from "./compiler.js";
import { HostForgedError, NodeHost } from "./host-client.js";
import {
  type LaunchSpec,
  nodeBinary,
  nodeRuntimeFlags,
  nodeSandboxArgs,
  runtimeDir,
  typescriptPath,
  uidAllocator,
} from "./launch.js";
import type { HostAnswer, HostReady, HostRequest } from "./protocol.js";

/** Languages the Node sandbox runs. */
export type NodeLanguage = "js" | "ts";

/** Options of {@link createNodeSandbox}: the Python sandbox's, and the language and memory limit. */
export interface NodeSandboxOptions extends SandboxOptions {
  language: NodeLanguage;
  /** The samples' memory limit (the hosts' address space is sized from it). Default 1 GiB. */
  memoryBytes?: number;
  /**
   * "context" (default): a sample that needs nothing of Node's runs in a fresh V8 context of its host's
   * context worker, any other in a worker thread of its own; "worker": every sample in a worker thread
   * of its own (about 30 ms of CPU more per sample). See docs/javascript.md.
   */
  isolate?: "context" | "worker";
}

/** Address space for Node's own reservations (isolates, code ranges, thread stacks) beyond the sample's. */
const NODE_RESERVATIONS = 2 * 1024 ** 3;
/** Where the `typescript` package is bound inside the compiler's sandbox. */
const TS_TARGET = "/passk/typescript";
/** The compiler's JavaScript heap, and its address space. */
const COMPILER_HEAP_MB = 2048;
const COMPILER_ADDRESS_SPACE = 6 * 1024 ** 3;

/**
 * Starts the hosts (and for TypeScript one compiler) and reports the isolation in force. Refuses
 * without bubblewrap: a sample shares its host's process, and only the sandbox's missing /proc keeps
 * it out of the host's memory (see docs/javascript.md).
 */
export async function createNodeSandbox(options: NodeSandboxOptions): Promise<Sandbox> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  if (options.bubblewrap === "off") {
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      "JavaScript and TypeScript samples run only inside bubblewrap; drop --no-bubblewrap",
    );
  }
  const bwrap = await findBubblewrap();
  if (!bwrap.path) {
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      `JavaScript and TypeScript samples run only inside bubblewrap: ${"reason" in bwrap ? bwrap.reason : "not found"}`,
    );
  }
  const bwrapPath = bwrap.path;
  const python = await resolvePython(options.python);
  const asRoot = process.getuid?.() === 0;
  const node = nodeBinary();
  const nextUid = uidAllocator();
  const seccomp = options.seccomp ?? "auto";
  const memory = options.memoryBytes ?? DEFAULT_LIMITS.memoryBytes;
  let core = 0;
  const spec = (args: string[], addressSpace: number, workerThreads: boolean): LaunchSpec => ({
    node,
    args: [...nodeRuntimeFlags(workerThreads), ...args],
    uid: asRoot ? nextUid() : null,
    processes: DEFAULT_LIMITS.processes,
    address_space: addressSpace,
    file_size: DEFAULT_LIMITS.fileSizeBytes,
    open_files: 256,
    seccomp,
    core: core++,
    readable: [node, "/passk/node/host.js", "/passk/node/compiler-server.js"],
  });
  const launchHost = () =>
    new NodeHost(
      bwrapPath,
      nodeSandboxArgs(python, spec(["/passk/node/host.js"], memory + NODE_RESERVATIONS, true), asRoot),
    );

  // Every host and the first compiler start at once; the sandbox is up when all of them are.
  const hosts = Array.from({ length: workers }, launchHost);
  let compilers: Compilers | null = null;
  if (options.language === "ts") {
    const tsPath = typescriptPath();
    const tsDir = tsPath.slice(0, tsPath.lastIndexOf("/typescript/") + "/typescript".length);
    compilers = new Compilers(
      () => ({
        command: bwrapPath,
        args: nodeSandboxArgs(
          python,
          spec(
            [
              `--max-old-space-size=${COMPILER_HEAP_MB}`,
              "/passk/node/compiler-server.js",
              `${TS_TARGET}${tsPath.slice(tsDir.length)}`,
            ],
            COMPILER_ADDRESS_SPACE,
            false,
          ),
          asRoot,
          [{ source: tsDir, target: TS_TARGET }],
        ),
      }),
      Math.max(1, Math.ceil(workers / 2)),
    );
  }
  const started = await Promise.allSettled([
    Promise.all(hosts.map((host) => host.ready)),
    compilers ? compilers.warm() : Promise.resolve(""),
  ]);
  const [ready, compiler] = started;
  if (ready.status === "rejected" || compiler.status === "rejected") {
    for (const host of hosts) host.kill();
    compilers?.close();
    const why = ready.status === "rejected" ? (ready.reason as Error).message : "";
    throw new PasskError(
      "SANDBOX_UNAVAILABLE",
      compiler.status === "rejected"
        ? (compiler.reason as Error).message
        : `the Node sandbox failed to start inside bubblewrap: ${why} (is dist/ built? passk runs ${join(runtimeDir(), "host.js")})`,
    );
  }
  const first = ready.value[0] as HostReady;
  const typescript = compiler.value;
  const notes: string[] = [];
  if (!first.seccomp) notes.push(`no seccomp filter: ${first.seccomp_reason ?? "unavailable"}`);
  if (asRoot && !first.uid_drop && first.uid_drop_reason) notes.push(first.uid_drop_reason);
  const isolation: Isolation = {
    level: first.seccomp ? "bubblewrap+seccomp" : "bubblewrap",
    bubblewrap: true,
    seccomp: first.seccomp,
    uidDrop: first.uid_drop,
    python: `${python.executable} (launcher)`,
    node:
      `${node} (${first.node})${typescript ? `, typescript ${typescript}` : ""}; ` +
      (options.isolate === "worker"
        ? "a worker thread per sample"
        : "a fresh V8 context per sample, a worker thread per sample that uses Node's APIs"),
    notes,
  };
  const pool = new HostPool(launchHost, hosts);
  let nextId = 1;
  const runJs = (
    module: string,
    tests: string,
    entry: string,
    limits: Limits,
    program?: string,
    calls?: string[],
  ) => {
    const request: HostRequest = {
      id: nextId++,
      module,
      tests,
      entry,
      limits: {
        timeout: limits.timeout,
        wall: limits.wallTimeout,
        memoryBytes: limits.memoryBytes,
        outputBytes: limits.outputBytes,
      },
    };
    if (program !== undefined) request.program = program;
    if (calls !== undefined) request.calls = calls;
    if (options.isolate === "worker") request.isolate = "worker";
    return pool.run(request);
  };
  return {
    isolation,
    workers,
    depth: 2, // one running on each host, one waiting in this pool's queue
    // Tests as data (passk's own problems): the program is the sample's whole module; each input is a
    // call's arguments in the wire form of src/problems/ts/ts-values.ts.
    run: async (program: string, limits: Limits, data?: DataRun): Promise<Execution> => {
      if (!data) throw new Error("the Node sandbox runs a program only with its tests as data");
      if (!compilers) return runJs(program, "", data.entryPoint, limits, program, data.inputs);
      const compiled = await compilers.compile(program, program, "");
      if (!compiled.ok) return { ...compileFailure(compiled), verdict: "data" };
      return runJs(compiled.module, "", data.entryPoint, limits, undefined, data.inputs);
    },
    runStdio: () =>
      Promise.reject(new Error("program problems (stdin → stdout) run in the Python sandbox only")),
    runSplit: async (split: SplitRun, limits: Limits): Promise<Execution> => {
      const program = `${split.module}\n${split.test}`;
      if (!compilers) return runJs(split.module, split.test, split.entryPoint, limits, program);
      const compiled = await compilers.compile(program, `${split.module}\n`, split.test);
      if (!compiled.ok) return compileFailure(compiled);
      return runJs(compiled.module, compiled.tests, split.entryPoint, limits);
    },
    close: async () => {
      compilers?.close();
      await pool.close();
    },
  };
}

function compileFailure(error: { code: string; message: string; line: number; column: number }): Execution {
  const where = error.line > 0 ? ` (line ${error.line}, column ${error.column})` : "";
  const code = error.code === "crash" ? "" : `${error.code}: `;
  return {
    status: "failed",
    result: `failed: ${code}${error.message}${where}`.slice(0, 2000),
    cpu: 0,
    wall: 0,
    exitCode: null,
    output: "",
    verdict: "split",
  };
}

function toExecution(answer: HostAnswer): Execution {
  const execution: Execution = {
    status: answer.status,
    result: answer.result,
    cpu: answer.cpu,
    wall: answer.wall,
    exitCode: null,
    output: answer.output ?? "",
    verdict: answer.cases ? "data" : "split",
  };
  if (answer.limit) execution.limit = answer.limit;
  if (answer.cases) execution.cases = answer.cases;
  return execution;
}

interface Job {
  request: HostRequest;
  attempts: number;
  resolve: (execution: Execution) => void;
  reject: (error: Error) => void;
}

/** Hands requests to idle hosts; replaces a host that dies (retrying its sample once) or asks to be. */
class HostPool {
  private readonly idle: NodeHost[];
  private readonly all = new Set<NodeHost>();
  private readonly queue: Job[] = [];
  private stopped: PasskError | null = null;

  constructor(
    private readonly launch: () => NodeHost,
    hosts: NodeHost[],
  ) {
    this.idle = [...hosts];
    for (const host of hosts) this.all.add(host);
  }

  run(request: HostRequest): Promise<Execution> {
    return new Promise((resolve, reject) => {
      if (this.stopped) {
        reject(this.stopped);
        return;
      }
      this.queue.push({ request, attempts: 0, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.stop(new PasskError("SANDBOX_CLOSED", "the sandbox was closed before this sample could run"));
    for (const host of this.all) host.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const host of this.all) host.kill();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const host = this.idle.pop() as NodeHost;
      const job = this.queue.shift() as Job;
      void this.execute(host, job);
    }
  }

  private async execute(host: NodeHost, job: Job): Promise<void> {
    job.attempts++;
    try {
      const answer = await host.run(job.request);
      job.resolve(toExecution(answer));
      if (answer.replace) await this.replace(host);
      else this.idle.push(host);
    } catch (error) {
      if (error instanceof HostForgedError) {
        job.resolve({
          status: "failed",
          result: "failed: the sample wrote on the sandbox's answer channel",
          cpu: 0,
          wall: 0,
          exitCode: null,
          output: "",
          verdict: "split",
        });
      } else if (this.stopped) job.reject(this.stopped);
      else if (job.attempts < 2) this.queue.unshift(job);
      else job.resolve(hostDied((error as Error).message));
      await this.replace(host);
    }
    this.dispatch();
  }

  private stop(reason: PasskError): void {
    this.stopped ??= reason;
    for (const job of this.queue.splice(0)) job.reject(this.stopped);
  }

  private async replace(host: NodeHost): Promise<void> {
    this.all.delete(host);
    host.kill();
    for (let attempt = 1; !this.stopped; attempt++) {
      const fresh = this.launch();
      this.all.add(fresh);
      try {
        await fresh.ready;
        this.idle.push(fresh);
        return;
      } catch (error) {
        this.all.delete(fresh);
        if (attempt >= 5) {
          // No host left to run anything: every waiting sample, and every later one, fails now.
          if (this.all.size === 0) {
            this.stop(
              new PasskError(
                "SANDBOX_UNAVAILABLE",
                `the Node host keeps failing to start: ${(error as Error).message}`,
              ),
            );
          }
          return;
        }
      }
    }
  }
}

function hostDied(why: string): Execution {
  // Twice on the same sample: the sample ended its own process (a sample can signal it, or exhaust
  // its memory), as a program that kills itself would end under MultiPL-E's evaluator.
  return {
    status: "crashed",
    result: `failed: the sample's process died, twice (${why})`,
    cpu: 0,
    wall: 0,
    exitCode: null,
    output: "",
  };
}
