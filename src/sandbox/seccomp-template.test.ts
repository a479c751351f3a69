// The seccomp template (seccomp_filter.py) patches each child's pid into a program built once (the
// zygote does it before each fork, for the pid it expects the child to get): for every part of the
// filter and pids across the whole range, the patched program must be exactly the one built afresh
// for that pid, or a child would run under a filter that lets it signal another process (or refuses
// its own).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { resolvePython } from "./python.js";

const run = promisify(execFile);

const CHECK = `
import sys
sys.path.insert(0, sys.argv[1])
import seccomp_filter as s

def fresh(pid, part):
    program = s.seccomp_program(pid, part)
    return bytes((s.SockFilter * len(program))(*[s.SockFilter(*ins) for ins in program]))

checked = 0
for part in ("child", "all", "base"):
    template = s.SeccompTemplate(part)
    for pid in (1, 2, 300, 65535, 65536, 1 << 22, (1 << 22) - 1, 2_000_000_123, 5, 1):
        template.patch(pid)
        assert bytes(template._words) == fresh(pid, part), (part, pid)
        checked += 1
    assert (len(template._pid_at) + len(template._minus_at) == 0) == (part == "base"), part

# A parent expects a pid for its next child: a child with that pid finds its program ready, and one
# with another pid patches its own before it installs it (install_child, without the prctl).
template = s.SeccompTemplate("child")
template.expect(4242)
assert bytes(template._words) == fresh(4242, "child")
for pid in (4242, 4243):
    if pid != template._expected:
        template.patch(pid)
    assert bytes(template._words) == fresh(pid, "child"), pid
    checked += 1
print("checked", checked)
`;

describe("seccomp template", () => {
  it("patches a child's pid into exactly the program built for that pid, in every part", async () => {
    const python = await resolvePython();
    const here = fileURLToPath(new URL(".", import.meta.url));
    const { stdout } = await run(python.executable, ["-I", "-S", "-B", "-c", CHECK, here], {
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe("checked 32");
  });
});
