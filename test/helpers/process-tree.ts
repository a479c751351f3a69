// The processes a CLI run leaves in the process table (read with `ps`), to find its fork servers and
// the samples they forked, and to check that they are gone.
import { execFileSync } from "node:child_process";

export interface Proc {
  pid: number;
  ppid: number;
  stat: string;
  args: string;
}

export function processes(): Proc[] {
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,stat=,args="], { encoding: "utf8" });
  return out.split("\n").flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/.exec(line);
    return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), stat: m[3] as string, args: m[4] as string }] : [];
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
  p.args.includes("forkserver.py") && !/bwrap$/.test(p.args.split(" ")[0] ?? "");

/** Alive and not a zombie (a zombie has stopped running; only its exit status is left to collect). */
export function isRunning(pid: number, args: string): boolean {
  return processes().some((p) => p.pid === pid && p.args === args && !p.stat.startsWith("Z"));
}
