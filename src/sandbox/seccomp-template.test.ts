// The seccomp template (seccomp_filter.py) patches each child's pid into a program built once: for
// every part of the filter and pids across the whole range, the patched program must be exactly the
// one built afresh for that pid, or a child would run under a filter that lets it signal another
// process (or refuses its own).
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

checked = 0
for part in ("child", "all", "base"):
    template = s.SeccompTemplate(part)
    for pid in (1, 2, 300, 65535, 65536, 1 << 22, (1 << 22) - 1, 2_000_000_123, 5, 1):
        if template._pack is not None:
            template._pack(template._view, template._start, *template._pick((pid, (-pid) & 0xFFFFFFFF) + template._gaps))
        program = s.seccomp_program(pid, part)
        fresh = bytes((s.SockFilter * len(program))(*[s.SockFilter(*ins) for ins in program]))
        assert bytes(template._view) == fresh, (part, pid)
        checked += 1
    assert (template._pack is None) == (part == "base"), part
print("checked", checked)
`;

describe("seccomp template", () => {
  it("patches a child's pid into exactly the program built for that pid, in every part", async () => {
    const python = await resolvePython();
    const here = fileURLToPath(new URL(".", import.meta.url));
    const { stdout } = await run(python.executable, ["-I", "-S", "-B", "-c", CHECK, here], {
      timeout: 60_000,
    });
    expect(stdout.trim()).toBe("checked 30");
  });
});
