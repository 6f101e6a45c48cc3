import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from '#server/platform/db/database.js';

const REPO_ROOT = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'tansiq-proc-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
const children: ChildProcess[] = [];

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

function startServer(): Run {
  const child = spawn(process.execPath, ['bin/tansiq.js', 'serve'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      TANSIQ_DATA_KEY: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

// Runs against the embedded database only: it tests the PGlite data-directory lock and shutdown.
describe('the server process on an embedded data directory', () => {
  let first: Run;

  it('starts, migrates, seeds demo data and prints the demo logins', async () => {
    first = startServer();
    // The demo logins are the last lines printed at start-up.
    await waitFor(() => first.output().includes('TOTP secret'), 60_000);
    expect(first.output()).toContain('operator@demo.tansiq.test');
    expect(existsSync(join(dataDir, 'tansiq.lock'))).toBe(true);
    const health = await fetch(`http://127.0.0.1:${String(port)}/healthz`);
    expect(health.status).toBe(200);
  }, 90_000);

  it('refuses a second start on the same data directory with a clear message', async () => {
    const second = startServer();
    const code = await second.exited;
    expect(code).toBe(3);
    expect(second.output()).toMatch(/in use by another Tansiq process \(pid \d+\)/);
    // The first server is untouched and still answers.
    expect((await fetch(`http://127.0.0.1:${String(port)}/healthz`)).status).toBe(200);
  }, 30_000);

  it('keeps an acknowledged write and closes the database on SIGTERM', async () => {
    const res = await fetch(`http://127.0.0.1:${String(port)}/api/public/tips`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ whatWasSeen: 'SYNTH: written just before shutdown' }),
    });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Database closed');
    expect(existsSync(join(dataDir, 'tansiq.lock'))).toBe(false);

    const reopened = await openPglite({ dataDir: join(dataDir, 'pgdata') });
    const row = await reopened.db
      .selectFrom('tip')
      .select('reference')
      .where('reference', '=', reference)
      .executeTakeFirst();
    await reopened.close();
    expect(row?.reference).toBe(reference);
  }, 60_000);

  it('takes over a stale lock left by a process that no longer exists', async () => {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'tansiq.lock'), '999999999');
    const third = startServer();
    await waitFor(() => third.output().includes('Tansiq is running'), 60_000);
    expect(third.output()).not.toContain('Loaded synthetic demo data');
    third.child.kill('SIGINT');
    expect(await third.exited).toBe(0);
  }, 90_000);
});
