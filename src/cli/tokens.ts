// `passk tokens <paths…>`: token counts of code under r50k_base (GPT-3), p50k_base (Codex: tokens for
// runs of spaces) and cl100k_base, with the spread per file and what the newer encodings save.
import type { Command } from "commander";
import { PasskError } from "../errors.js";
import { TOKEN_ENCODINGS, type TokenReport, tokenReport } from "../metrics/tokens.js";
import { count, duration, percent } from "../report/format.js";
import { parseInteger } from "./options.js";

interface Flags {
  ext: string;
  exclude?: string;
  top: number;
  json?: boolean;
}

const list = (value: string): string[] =>
  value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");

export function registerTokens(program: Command): void {
  program
    .command("tokens")
    .description("count the tokens of code under r50k_base (GPT-3), p50k_base (Codex) and cl100k_base")
    .argument("<paths...>", "files (always counted) and folders (walked for --ext files)")
    .option("--ext <list>", "extensions of the files to count inside folders, comma-separated", "py")
    .option(
      "--exclude <names>",
      "folder or file names to leave out of walks, comma-separated (e.g. site-packages,test)",
    )
    .option("--top <n>", "how many of the largest files to list", parseInteger, 10)
    .option("--json", "print the full report (every file) as JSON on stdout")
    .action(async (paths: string[], flags: Flags) => {
      const ext = list(flags.ext);
      if (ext.length === 0) {
        throw new PasskError(
          "BAD_OPTION",
          `--ext: expected extensions like py or py,pyi (got "${flags.ext}")`,
        );
      }
      const started = performance.now();
      const report = await tokenReport(paths, { ext, exclude: list(flags.exclude ?? "") });
      const seconds = (performance.now() - started) / 1000;
      for (const { path, reason } of report.skipped)
        process.stderr.write(`passk: skipped ${path}: ${reason}\n`);
      if (report.files.length === 0 && report.skipped.length === 0) {
        throw new PasskError(
          "BAD_INPUT",
          `no files to count in ${paths.join(", ")}: none ends in ${ext.map((e) => `.${e.replace(/^\./, "")}`).join(" or ")} (choose extensions with --ext)`,
        );
      }
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatReport(report, flags.top, seconds).join("\n")}\n`);
    });
}

function formatReport(report: TokenReport, top: number, seconds: number): string[] {
  const { totals, distribution } = report;
  const cells = (values: (string | number)[], widths: number[]) =>
    values
      .map((v, i) => {
        const text = typeof v === "number" ? count(Math.round(v)) : v;
        return i === 0 ? text.padEnd(widths[0] ?? 0) : text.padStart(widths[i] ?? 0);
      })
      .join("  ");
  const widths = [11, 12, 7, 8, 8, 8, 9, 13];
  const out = [
    `${count(totals.files)} files · ${count(totals.bytes)} bytes · counted in ${duration(seconds)}`,
    "",
    "tokens in all files, and per file (min, median, mean, p90, max):",
    cells(["encoding", "tokens", "min", "median", "mean", "p90", "max", "vs r50k_base"], widths),
    ...TOKEN_ENCODINGS.map((e) => {
      const d = distribution[e];
      const saving = e === "r50k_base" ? "—" : `${percent(report.saving[e])} fewer`;
      return cells([e, totals.tokens[e], d.min, d.median, d.mean, d.p90, d.max, saving], widths);
    }),
  ];
  const largest = [...report.files].sort((a, b) => b.tokens.r50k_base - a.tokens.r50k_base).slice(0, top);
  if (largest.length > 0) {
    out.push("", `largest files (of ${count(totals.files)}):`);
    out.push(cells(["", ...TOKEN_ENCODINGS], [2, 11, 11, 11]));
    for (const row of largest) {
      out.push(`${cells(["", ...TOKEN_ENCODINGS.map((e) => row.tokens[e])], [2, 11, 11, 11])}  ${row.path}`);
    }
  }
  return out;
}
