// The TypeScript compiler, kept warm inside the sandbox: type-checks a sample's whole program as
// MultiPL-E's evaluator does (`tsc --target esnext program.ts`: no tsconfig, every other option at
// its default, no @types), and strips the types from the module and the test that the Node host
// runs. It only reads text; passk bounds its time and memory from outside (compiler.ts).
//
// Protocol: one request per line on stdin `{id, program, module, tests}`; one answer per line on
// stdout: `{id, ok: true, module, tests}` or `{id, ok: false, error: {code, message, line, column}}`.
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import type * as TS from "typescript";

const ts = createRequire(import.meta.url)(process.argv[2] as string) as typeof TS;

/** `tsc --target esnext`: the rest at tsc's defaults; `types: []` because no @types are installed there. */
const CHECK: TS.CompilerOptions = { target: ts.ScriptTarget.ESNext, types: [], noEmit: true };
/** Emit as tsc would for that target (modules left as ES modules, which Node then refuses, as it would). */
const EMIT: TS.CompilerOptions = { target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ES2015 };
const FILE = "/passk-program/program.ts";
const TEST_CACHE_SIZE = 512;

/** The library files never change: parsed once, shared by every program. */
const libraries = new Map<string, TS.SourceFile | undefined>();
const baseHost = ts.createCompilerHost(CHECK);
let previous: TS.Program | undefined;
const testCache = new Map<string, string>();

function hostFor(text: string): TS.CompilerHost {
  return {
    ...baseHost,
    getSourceFile(fileName, languageVersion, onError) {
      if (fileName === FILE) return ts.createSourceFile(fileName, text, languageVersion, false);
      if (!libraries.has(fileName))
        libraries.set(fileName, baseHost.getSourceFile(fileName, languageVersion, onError));
      return libraries.get(fileName);
    },
    fileExists: (fileName) => fileName === FILE || baseHost.fileExists(fileName),
    readFile: (fileName) => (fileName === FILE ? text : baseHost.readFile(fileName)),
    writeFile: () => {},
  };
}

interface Problem {
  code: string;
  message: string;
  line: number;
  column: number;
}

/** The first of tsc's messages about the program (syntax first; the types only when it parses). */
function firstError(program: string): Problem | null {
  const built = ts.createProgram({
    rootNames: [FILE],
    options: CHECK,
    host: hostFor(program),
    ...(previous ? { oldProgram: previous } : {}),
  });
  previous = built;
  const file = built.getSourceFile(FILE);
  let diagnostics: readonly TS.Diagnostic[] = built.getSyntacticDiagnostics(file);
  if (diagnostics.length === 0)
    diagnostics = [...built.getOptionsDiagnostics(), ...built.getGlobalDiagnostics()];
  if (diagnostics.length === 0) diagnostics = built.getSemanticDiagnostics(file);
  const first = ts.sortAndDeduplicateDiagnostics(diagnostics)[0];
  if (!first) return null;
  const where =
    first.file && first.start !== undefined ? first.file.getLineAndCharacterOfPosition(first.start) : null;
  return {
    code: `TS${first.code}`,
    message: ts.flattenDiagnosticMessageText(first.messageText, " "),
    line: where ? where.line + 1 : 0,
    column: where ? where.character + 1 : 0,
  };
}

function strip(text: string): string {
  return ts.transpileModule(text, { compilerOptions: EMIT, reportDiagnostics: false }).outputText;
}

function stripTests(text: string): string {
  let js = testCache.get(text);
  if (js === undefined) {
    js = strip(text);
    if (testCache.size >= TEST_CACHE_SIZE) testCache.clear();
    testCache.set(text, js);
  }
  return js;
}

interface Request {
  id: number;
  program: string;
  module: string;
  tests: string;
}

const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
lines.on("line", (line) => {
  const request = JSON.parse(line) as Request;
  let answer: object;
  try {
    const error = firstError(request.program);
    answer = error
      ? { id: request.id, ok: false, error }
      : { id: request.id, ok: true, module: strip(request.module), tests: stripTests(request.tests) };
  } catch (error) {
    // The compiler itself failed on this text (a stack overflow on deep nesting, for example).
    answer = {
      id: request.id,
      ok: false,
      error: {
        code: "crash",
        message: `the TypeScript compiler failed: ${String((error as Error)?.message ?? error)}`,
        line: 0,
        column: 0,
      },
    };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
});
lines.on("close", () => process.exit(0));
// Parse the library files now, so that no sample pays for it (or runs into the time limit for it).
firstError("const warm: number = 1;\n");
process.stdout.write(`${JSON.stringify({ ready: true, typescript: ts.version })}\n`);
