// STYLE.md §10: every to-do note names its issue, as in `TODO(#123): …`. Lists the notes that do
// not and exits 1 if there are any. Run with `npx tsx scripts/check-todos.ts`.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const ROOTS = ['src', 'test', 'scripts', 'bench', 'db'];
const TEXT_EXTENSIONS = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.css',
  '.sql',
  '.md',
  '.html',
  '.yaml',
  '.yml',
  '.txt',
]);
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results']);
// The bracketed letters keep this line from matching itself. A marker followed by `(#<number>)`
// is fine; any other marker is reported.
const UNLINKED_MARKER = /\b(?:TO[D]O|FIX[M]E)\b(?!\(#\d+\))/;

type Finding = { file: string; line: number; text: string };

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory();
  } catch {
    return false;
  }
}

async function listTextFiles(root: string): Promise<string[]> {
  if (!(await isDirectory(root))) return [];
  const entries = await readdir(root, { recursive: true });
  return entries
    .filter((entry) => !entry.split(path.sep).some((segment) => SKIPPED_DIRS.has(segment)))
    .filter((entry) => TEXT_EXTENSIONS.has(path.extname(entry)))
    .map((entry) => path.join(root, entry))
    .sort();
}

function findUnlinkedMarkers(file: string, content: string): Finding[] {
  return content
    .split('\n')
    .flatMap((text, index) =>
      UNLINKED_MARKER.test(text) ? [{ file, line: index + 1, text: text.trim() }] : [],
    );
}

async function main(): Promise<number> {
  const files = (await Promise.all(ROOTS.map(listTextFiles))).flat();
  const findings: Finding[] = [];
  for (const file of files) {
    findings.push(...findUnlinkedMarkers(file, await readFile(file, 'utf8')));
  }
  if (findings.length === 0) {
    console.log(`check-todos: ${String(files.length)} files, every to-do note names an issue.`);
    return 0;
  }
  for (const finding of findings) {
    console.error(`${finding.file}:${String(finding.line)}: ${finding.text}`);
  }
  console.error(
    `check-todos: ${String(findings.length)} to-do note(s) without an issue; write them as TODO(#123): …`,
  );
  return 1;
}

process.exitCode = await main();
