// Where a passk set's files come from: a folder on disk, or a generated family's files held in memory
// (families/). set.ts and solution-files.ts read a set only through this, so both kinds of set go
// through the same validation and the same hash.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The files of a set, by their paths under its root ("add-two/problem.json"). */
export interface SetSource {
  /** Shown in messages and recorded as the set's path: the folder, or the generated set's spec. */
  root: string;
  /** The names of the problem folders, in any order. */
  dirs(): string[];
  /** The text of a file by its path under the root; null when missing. */
  read(path: string): string | null;
  /** What is at a path under the root: a file, a folder, or nothing. */
  kind(path: string): "file" | "folder" | null;
  /** The names of the entries of a folder under the root ("add-two/wrong"), in any order. */
  entries(path: string): string[];
}

/** The set folder at `root` on disk. */
export function folderSource(root: string): SetSource {
  const at = (path: string) => join(root, path);
  return {
    root,
    dirs: () =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name),
    read: (path) => (existsSync(at(path)) ? readFileSync(at(path), "utf8") : null),
    kind: (path) => {
      if (!existsSync(at(path))) return null;
      return statSync(at(path)).isDirectory() ? "folder" : "file";
    },
    entries: (path) => readdirSync(at(path)),
  };
}

/** A set held in memory: `files` maps paths under the root to their text; folders are implied. */
export function memorySource(root: string, files: ReadonlyMap<string, string>): SetSource {
  const folders = new Set<string>();
  for (const path of files.keys()) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
  }
  return {
    root,
    dirs: () => [...folders].filter((folder) => !folder.includes("/")),
    read: (path) => files.get(path) ?? null,
    kind: (path) => (files.has(path) ? "file" : folders.has(path) ? "folder" : null),
    entries: (path) =>
      [...files.keys(), ...folders]
        .filter((p) => p.startsWith(`${path}/`) && !p.slice(path.length + 1).includes("/"))
        .map((p) => p.slice(path.length + 1)),
  };
}
