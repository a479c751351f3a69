// Tests of the project as harvest sees it from outside the sandbox: the copy (links as they are, no
// pipes, no .git), the commit read from git's files without running git, and the --venv check.
import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useWorkspace } from "../../test/helpers/workspace.js";
import { PasskError } from "../errors.js";
import { copyProject, preparedEnv, readCommit } from "./project.js";

const ws = useWorkspace();
const SHA = "0123456789abcdef0123456789abcdef01234567";

describe("copyProject", () => {
  it("copies folders and files readable by all, links as they are, and leaves out .git, pipes and the output", () => {
    const src = join(ws.dir, "src");
    mkdirSync(join(src, "pkg"), { recursive: true });
    mkdirSync(join(src, ".git"));
    mkdirSync(join(src, "out"));
    writeFileSync(join(src, "pkg", "a.py"), "x = 1\n", { mode: 0o600 });
    writeFileSync(join(src, "run.sh"), "#!/bin/sh\n", { mode: 0o700 });
    writeFileSync(join(src, ".git", "HEAD"), `${SHA}\n`);
    symlinkSync("/etc/shadow", join(src, "secret"));
    execFileSync("mkfifo", [join(src, "pipe")]);
    const stats = copyProject(src, join(ws.dir, "copy"), [join(src, "out")]);
    const copy = join(ws.dir, "copy");
    expect(stats).toEqual({ files: 3, bytes: 16 });
    expect(statSync(join(copy, "pkg", "a.py")).mode & 0o777).toBe(0o644);
    expect(statSync(join(copy, "run.sh")).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(copy, "secret")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(copy, "secret"))).toBe("/etc/shadow");
    for (const absent of [".git", "pipe", "out"]) expect(existsSync(join(copy, absent))).toBe(false);
  });
});

describe("readCommit", () => {
  it("reads a branch ref, a packed ref, a detached HEAD and a worktree's .git file; null otherwise", () => {
    const repo = join(ws.dir, "repo");
    mkdirSync(join(repo, ".git", "refs", "heads"), { recursive: true });
    mkdirSync(join(repo, "sub", "deeper"), { recursive: true });
    writeFileSync(join(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
    writeFileSync(join(repo, ".git", "refs", "heads", "main"), `${SHA}\n`);
    expect(readCommit(join(repo, "sub", "deeper"))).toBe(SHA);

    writeFileSync(join(repo, ".git", "HEAD"), "ref: refs/heads/packed\n");
    const other = "f".repeat(40);
    writeFileSync(join(repo, ".git", "packed-refs"), `# pack-refs\n${other} refs/heads/packed\n`);
    expect(readCommit(repo)).toBe(other);

    writeFileSync(join(repo, ".git", "HEAD"), "ref: refs/heads/../../../etc/passwd\n");
    expect(readCommit(repo)).toBeNull();

    const worktree = join(ws.dir, "worktree");
    mkdirSync(worktree);
    mkdirSync(join(ws.dir, "wt-git"));
    writeFileSync(join(ws.dir, "wt-git", "HEAD"), `${SHA}\n`);
    writeFileSync(join(worktree, ".git"), "gitdir: ../wt-git\n");
    expect(readCommit(worktree)).toBe(SHA);
  });
});

describe("preparedEnv", () => {
  it("accepts a venv and binds its base interpreter; refuses other folders with what to do", () => {
    const venv = join(ws.dir, "venv");
    mkdirSync(join(venv, "bin"), { recursive: true });
    writeFileSync(join(venv, "bin", "python"), "");
    writeFileSync(join(venv, "pyvenv.cfg"), `home = ${join(ws.dir, "base", "bin")}\n`);
    mkdirSync(join(ws.dir, "base", "bin"), { recursive: true });
    expect(preparedEnv(venv)).toEqual({ venv, readOnly: [join(ws.dir, "base")] });
    for (const bad of [join(ws.dir, "base"), join(ws.dir, "nowhere")]) {
      expect(() => preparedEnv(bad)).toThrow(PasskError);
    }
    expect(() => preparedEnv(join(ws.dir, "base"))).toThrow(/not a virtual environment/);
  });
});
