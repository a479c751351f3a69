// A program problem in HumanEval's shape, so that every provider, the run folder and the reports
// take it as they take a function problem: the prompt a model continues (the statement as a module
// docstring, then the starter code if any), the canonical solution that continues it, and the
// program that is run for a sample.
import type { ProgramSpec } from "./program-types.js";

/**
 * Stop sequences in completion mode for sets with stdio problems: a whole program defines functions,
 * prints and tests `__name__` at top level, so the Codex paper's stops would cut it; a new docstring
 * or code fence at column 0 is where a base model starts another problem.
 */
export const PROGRAM_STOP: readonly string[] = ['\n"""', "\n'''", "\n```"];

/** What a stdio problem's prompt says after the statement. */
export const STDIO_NOTE = "Read the input from standard input and write the answer to standard output.";

/**
 * Modules a call problem's program may use without importing them, as LeetCode's Python runtime and
 * LiveCodeBench's harness provide (its starter code uses `List` and `Optional` unimported);
 * builtins come last, so that `pow` is still the built-in one, not math's. One line, put before the sample's code by {@link callProgram}; a compile error's line number is then
 * one more than in the sample.
 */
export const CALL_PRELUDE =
  "from typing import *; from collections import *; from heapq import *; from bisect import *; " +
  "from itertools import *; from functools import *; from math import *; from builtins import *; " +
  "import collections, heapq, bisect, itertools, functools, math, string, re, sys; sys.setrecursionlimit(50000)\n";

/** The name of the function the sandbox calls on a call problem's arguments. */
export const CALL_SHIM = "__passk_call__";

/** The statement as a docstring: backslashes doubled and triple quotes broken, so it reads back as written. */
function docstring(text: string): string {
  const body = text.replace(/\s+$/, "").replaceAll("\\", "\\\\").replaceAll('"""', '""\\"');
  return `"""\n${body}\n"""\n`;
}

/** The starter code, its trailing whitespace removed, ending with one newline ("" when none). */
function starter(spec: ProgramSpec): string {
  const code = (spec.starter_code ?? "").replace(/\s+$/, "");
  return code === "" ? "" : `${code}\n`;
}

/** The prompt: the statement as a module docstring, then the starter code if the problem has one. */
export function programPrompt(spec: ProgramSpec): string {
  if (spec.kind === "stdio") return docstring(`${spec.statement.replace(/\s+$/, "")}\n\n${STDIO_NOTE}`);
  const code = starter(spec);
  return code === "" ? docstring(spec.statement) : `${docstring(spec.statement)}\n${code}`;
}

/**
 * What a whole program needs after the prompt to replace it: when the prompt ends inside a
 * function of the starter code (`def f(self, x):`), an indented `pass` that ends it, so that the
 * program's own definitions, at top level after it, take its place.
 */
export function closeStarter(prompt: string): string {
  const last = prompt.replace(/\s+$/, "").split("\n").at(-1) ?? "";
  if (!/:\s*(#.*)?$/.test(last)) return "";
  const indent = /^[ \t]*/.exec(last)?.[0] ?? "";
  return `${indent.replaceAll("\t", "    ")}    pass\n\n`;
}

/** The canonical solution as a completion of the prompt (a whole program after it). */
export function canonicalCompletion(prompt: string, solution: string): string {
  return solution === "" ? "" : `${closeStarter(prompt)}${solution}`;
}

/**
 * The program run for a call problem: the prelude, the sample's module, and a function that calls
 * the target on one test's arguments (on a fresh `Solution()` for LeetCode's class).
 */
export function callProgram(module: string, call: { name: string; className?: string }): string {
  const target = call.className ? `${call.className}().${call.name}` : call.name;
  return `${CALL_PRELUDE}${module}\n\n\ndef ${CALL_SHIM}(*args):\n    return ${target}(*args)\n`;
}
