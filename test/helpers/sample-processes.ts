// Finds the processes of samples still running, from /proc, to check that hostile samples leave none.
import { readdirSync, readFileSync } from "node:fs";

export interface Proc {
  pid: number;
  ppid: number;
  uid: number;
  argv: string[];
}

function processTable(): Proc[] {
  const table: Proc[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const uid = Number(/^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1]);
      const argv = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
      table.push({ pid: Number(entry), ppid, uid, argv });
    } catch {
      // the process ended while we looked
    }
  }
  return table;
}

/** Python running forkserver.py: a fork server, or a sample forked from one (bwrap's argv names it too). */
const runsForkserver = (p: Proc | undefined) =>
  p !== undefined &&
  /(^|\/)python[\d.]*$/.test(p.argv[0] ?? "") &&
  p.argv.some((a) => a.endsWith("forkserver.py"));

/**
 * Processes of samples still running: everything below a fork server started by this test process
 * (a server runs forkserver.py and its parent does not), whatever its uid, session or program.
 */
export function sampleProcesses(): Proc[] {
  const table = processTable();
  const byPid = new Map(table.map((p) => [p.pid, p]));
  const below = (p: Proc, ancestor: (q: Proc) => boolean): boolean => {
    for (let q = byPid.get(p.ppid); q; q = byPid.get(q.ppid)) if (ancestor(q)) return true;
    return false;
  };
  const isServer = (p: Proc) =>
    runsForkserver(p) && !runsForkserver(byPid.get(p.ppid)) && below(p, (q) => q.pid === process.pid);
  return table.filter((p) => below(p, isServer));
}
