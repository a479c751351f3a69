// `passk report <run…>`: one self-contained report.html (or a markdown summary for CI) from run
// folders, with every study their data allow.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Command, Option } from "commander";
import { checkOutputFile } from "../io/output-path.js";
import { buildReportInput } from "../report/build.js";
import { bytes } from "../report/format.js";
import { renderHtml } from "../report/html/page.js";
import { renderMarkdown } from "../report/markdown.js";
import { RUN_FILES } from "../run/load.js";

interface Flags {
  format: "html" | "markdown";
  out?: string;
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .description("write a self-contained report.html (or a markdown summary) for one or more runs")
    .argument(
      "<runs...>",
      "run folders written by `passk run` (or a sweep folder), or EvalPlus eval_results.json files",
    )
    .addOption(
      new Option("--format <format>", "html, or markdown on stdout")
        .choices(["html", "markdown"])
        .default("html"),
    )
    .option(
      "-o, --out <file>",
      "where to write the HTML (default: <run>/report.html for one run, ./report.html for several)",
    )
    .action(async (dirs: string[], flags: Flags) => {
      // Checked first: building the studies of large runs takes a while.
      if (flags.format === "html" && flags.out !== undefined) checkOutputFile(flags.out, "--out");
      const input = await buildReportInput(dirs, {
        onNote: (message) => process.stderr.write(`passk: note: ${message}\n`),
      });
      if (flags.format === "markdown") {
        process.stdout.write(renderMarkdown(input));
        return;
      }
      const html = renderHtml(input);
      const only = input.runs.length === 1 ? input.runs[0] : undefined;
      // Beside a results file read as a run (EvalPlus's), inside a run folder.
      const beside = only?.manifest.source ? `${only.dir.replace(/\.json$/, "")}.report.html` : undefined;
      const out = flags.out ?? beside ?? (only ? join(only.dir, RUN_FILES.report) : RUN_FILES.report);
      writeFileSync(out, html);
      process.stderr.write(
        `passk: wrote ${out} (${bytes(Buffer.byteLength(html))}; opens offline in any browser)\n`,
      );
    });
}
