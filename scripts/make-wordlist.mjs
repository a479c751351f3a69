// Builds datasets/words/words.txt, the word list of passk's GPT-3 word-scrambling generators, from
// SCOWL as Debian ships it (`apt-get install scowl`, which puts SCOWL's level files under
// /usr/share/dict/scowl). Kept: the words of SCOWL's two most common levels (10 and 20, English and
// American spellings) made only of 5 to 14 lowercase ASCII letters: GPT-3 used the 10,000 most
// frequent words of more than 4 and fewer than 15 characters, and these levels are SCOWL's
// "most common words". The copyright notice that must travel with the list is datasets/words/COPYRIGHT
// (Debian's /usr/share/doc/scowl/copyright). Run: node scripts/make-wordlist.mjs [scowl folder]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const source = process.argv[2] ?? "/usr/share/dict/scowl";
const LEVELS = ["english-words.10", "english-words.20", "american-words.10", "american-words.20"];
const words = new Set();
for (const name of LEVELS) {
  const path = join(source, name);
  if (!existsSync(path)) {
    console.error(`${path}: missing (apt-get install scowl, or pass SCOWL's folder)`);
    process.exit(2);
  }
  for (const line of readFileSync(path, "latin1").split("\n")) {
    const word = line.trim();
    if (/^[a-z]{5,14}$/.test(word)) words.add(word);
  }
}
const sorted = [...words].sort();
writeFileSync("datasets/words/words.txt", `${sorted.join("\n")}\n`);
console.log(`datasets/words/words.txt: ${sorted.length} words from ${LEVELS.join(", ")}`);
