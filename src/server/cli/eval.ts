import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { NameMatcher } from '#shared/domain/names/matcher.js';
import { ALERT_THRESHOLD } from '#shared/domain/names/score.js';

/**
 * `tansiq eval translit` and `tansiq eval name-pairs`: evaluation contracts of the name matcher
 * (issue 6). Output is one JSON object per line so that benchmarks and checks can parse it.
 */

type Print = (line: string) => void;

async function readRows(file: string, separator: string): Promise<string[][]> {
  const rows: string[][] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      header = false;
      continue;
    }
    if (line.trim() === '') continue;
    rows.push(line.split(separator).map((cell) => cell.trim()));
  }
  return rows;
}

function pairsPath(rest: string[]): string {
  const { values } = parseArgs({ args: rest, options: { pairs: { type: 'string' } } });
  if (!values.pairs) throw new Error('--pairs FILE is required');
  return values.pairs;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

function emit(print: Print, metric: string, value: number, unit: string, extra = {}): void {
  print(JSON.stringify({ metric, ...extra, value: round(value), unit }));
}

function recall(indexed: string[], queries: string[]): { at1: number; at10: number; n: number } {
  const matcher = new NameMatcher();
  indexed.forEach((name, i) => matcher.add(String(i), name));
  let at1 = 0;
  let at10 = 0;
  queries.forEach((query, i) => {
    const expected = indexed[i];
    const names = matcher.query(query, 10).map((hit) => hit.name);
    if (names[0] === expected) at1 += 1;
    if (names.includes(expected as string)) at10 += 1;
  });
  return { at1: at1 / queries.length, at10: at10 / queries.length, n: queries.length };
}

export async function evalTranslitCommand(rest: string[], print: Print): Promise<number> {
  const rows = (await readRows(pairsPath(rest), '\t')).filter((row) => row.length >= 2);
  if (rows.length === 0) throw new Error('no pairs in the file');
  const arabic = rows.map((row) => row[0] as string);
  const latin = rows.map((row) => row[1] as string);
  const started = performance.now();
  const directions = [
    { direction: 'ar_to_lat', result: recall(latin, arabic) },
    { direction: 'lat_to_ar', result: recall(arabic, latin) },
  ];
  const seconds = (performance.now() - started) / 1000;
  for (const { direction, result } of directions) {
    emit(print, 'translit_recall_at_1', result.at1, 'ratio', { direction });
    emit(print, 'translit_recall_at_10', result.at10, 'ratio', { direction });
  }
  // Includes index building, so it is a lower bound of the query rate alone.
  emit(print, 'translit_queries_per_second', (2 * rows.length) / seconds, 'queries/s');
  emit(print, 'translit_pairs', rows.length, 'pairs');
  return 0;
}

export async function evalNamePairsCommand(rest: string[], print: Print): Promise<number> {
  const rows = (await readRows(pairsPath(rest), ',')).filter((row) => row.length >= 3);
  if (rows.length === 0) throw new Error('no pairs in the file');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [left, right, match] of rows) {
    const matcher = new NameMatcher();
    matcher.add('right', right as string);
    const hit = matcher.query(left as string, 1)[0];
    const alert = hit !== undefined && hit.score >= ALERT_THRESHOLD;
    const truth = (match as string).toLowerCase() === 'true';
    if (alert && truth) tp += 1;
    else if (alert) fp += 1;
    else if (truth) fn += 1;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recallValue = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 =
    precision + recallValue === 0 ? 0 : (2 * precision * recallValue) / (precision + recallValue);
  const extra = { threshold: ALERT_THRESHOLD };
  emit(print, 'name_pairs_precision', precision, 'ratio', extra);
  emit(print, 'name_pairs_recall', recallValue, 'ratio', extra);
  emit(print, 'name_pairs_f1', f1, 'ratio', extra);
  emit(print, 'name_pairs_count', rows.length, 'pairs');
  return 0;
}
