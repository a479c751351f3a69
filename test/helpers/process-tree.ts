// The process table, read from /proc: to find the fork servers a CLI run started and the samples they
// forked, to find samples still running after a hostile one, and to check that they are gone.
import { readdirSync, readFileSync } from "node:fs";

export interface Proc {
  pid: number;
  ppid: number;
  /** The state letter of /proc/<pid>/stat: R, S, D, Z (zombie), T… */
  state: string;
  uid: number;
  argv: string[];
  /** /proc/<pid>/comm: the fork server names its long-lived helpers "passk-zygote" and "passk-tester". */
  comm: string;
}

/** One process, or undefined if it is not there (or ended while it was read). */
function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold anything.
    const [state = "", ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (argv.at(-1) === "") argv.pop();
    const comm = readFileSync(`/proc/${pid}/comm`, "utf8").trim();
    return { pid, ppid: Number(ppid), state, uid, argv, comm };
  } catch {
    return undefined;
  }
}

/** One snapshot of the process table. */
export function processes(): Proc[] {
  return readdirSync("/proc").flatMap((entry) => {
    const proc = /^\d+$/.test(entry) ? readProc(Number(entry)) : undefined;
    return proc ? [proc] : [];
  });
}

/** Every process below `root`, from one snapshot of the process table. */
export function descendants(root: number, all: readonly Proc[] = processes()): Proc[] {
  const found: Proc[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/** A Python process of the fork server: the server itself or a sample it forked (not bwrap, whose argv names it too). */
export const isForkServerPython = (p: Proc) =>
  p.argv.some((arg) => arg.endsWith("forkserver.py")) && !/bwrap$/.test(p.argv[0] ?? "");

/** Still running, and still the same program: alive and not a zombie (which only waits for its exit status to be collected). */
export function isRunning(p: Proc): boolean {
  const now = readProc(p.pid);
  return now !== undefined && now.argv.join("\0") === p.argv.join("\0") && !now.state.startsWith("Z");
}

/**
 * Processes of samples still running: everything below a fork server started by this test process
 * (a server runs forkserver.py and its parent does not), whatever its uid, session or program.
 */
export function sampleProcesses(): Proc[] {
  const table = processes();
  const byPid = new Map(table.map((p) => [p.pid, p]));
  const below = (p: Proc, ancestor: (q: Proc) => boolean): boolean => {
    for (let q = byPid.get(p.ppid); q; q = byPid.get(q.ppid)) if (ancestor(q)) return true;
    return false;
  };
  const isServer = (p: Proc) => {
    const parent = byPid.get(p.ppid);
    return (
      isForkServerPython(p) &&
      !(parent && isForkServerPython(parent)) &&
      below(p, (q) => q.pid === process.pid)
    );
  };
  // The server's own helpers (its zygote and tester) live as long as it does; their children are samples.
  const isHelper = (p: Proc) => {
    const parent = byPid.get(p.ppid);
    return parent !== undefined && isServer(parent) && /^passk-(zygote|tester)$/.test(p.comm);
  };
  return table.filter((p) => below(p, isServer) && !isHelper(p));
}
