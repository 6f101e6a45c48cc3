import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTansiq } from '#test/helpers/cli-process.js';

// The eval commands never open the database; the data directory only satisfies the helper.
const dir = mkdtempSync(join(tmpdir(), 'tansiq-eval-cli-'));

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Line = { metric: string; value: number; unit: string; direction?: string };

function parseLines(stdout: string): Line[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}

describe('tansiq eval (CLI)', () => {
  it('prints recall 1 in both directions on a perfect synthetic file', async () => {
    const file = join(dir, 'pairs.tsv');
    writeFileSync(
      file,
      'arabic\tlatin\nمحمد عبد الرحمن\tMohamed Abdelrahman\nموسى تراوري\tMoussa Traoré\n' +
        'خالد\tKhaled\nعثمان ديالو\tOusmane Diallo\n',
    );
    const result = await runTansiq(['eval', 'translit', '--pairs', file], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    for (const line of lines) {
      expect(typeof line.metric).toBe('string');
      expect(typeof line.value).toBe('number');
      expect(typeof line.unit).toBe('string');
    }
    for (const direction of ['ar_to_lat', 'lat_to_ar']) {
      for (const metric of ['translit_recall_at_1', 'translit_recall_at_10']) {
        const line = lines.find((l) => l.metric === metric && l.direction === direction);
        expect(line?.value).toBe(1);
      }
    }
    expect(lines.some((l) => l.metric === 'translit_queries_per_second' && l.value > 0)).toBe(true);
  }, 60_000);

  it('prints precision, recall and F1 at the alert threshold', async () => {
    const file = join(dir, 'pairs.csv');
    writeFileSync(
      file,
      'left,right,match\nMohamed Abdelrahman,محمد عبد الرحمن,true\nMusa Traore,Moussa Traoré,true\n' +
        'Pierre Dupont,Khaled Hassan,false\nAisha Bello,Ousmane Diallo,false\n',
    );
    const result = await runTansiq(['eval', 'name-pairs', '--pairs', file], dir);
    expect(result.code).toBe(0);
    const lines = parseLines(result.stdout);
    const value = (metric: string) => lines.find((l) => l.metric === metric)?.value;
    expect(value('name_pairs_precision')).toBe(1);
    expect(value('name_pairs_recall')).toBe(1);
    expect(value('name_pairs_f1')).toBe(1);
  }, 60_000);

  it('exits non-zero without --pairs', async () => {
    const result = await runTansiq(['eval', 'translit'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--pairs');
  }, 60_000);
});
