import { parseArgs } from 'node:util';
import { generate } from 'otplib';
import { DEMO_TOTP_SECRET } from '#shared/domain/demo-accounts.js';
import { loadConfig } from '../config.js';
import { DataDirLockedError } from '../platform/db/data-dir-lock.js';
import { openRuntime } from '../runtime.js';
import { seedDemo } from '../seed/demo-seed.js';
import { verifyAudit } from './audit-verify.js';
import { evalNamePairsCommand, evalTranslitCommand } from './eval.js';
import { keysStatusCommand, rotateKeysCommand } from './keys.js';
import { createUserCommand, listAgenciesCommand } from './users-create.js';
import { serve } from './serve.js';

const USAGE = `Usage: tansiq <command>
  serve                     start the server (same as npm start, without building the web app)
  db migrate                apply pending migrations
  demo seed                 load synthetic demo data into an empty database
  demo totp                 print the current TOTP code of the demo accounts
  agencies list             list agencies with their ids
  users create --email E --name N --agency ID --role R [--role R2] --password-stdin
  audit verify              check the audit hash chain; exit 1 at the first broken row
  keys rotate [--reseal]    add the next data key (embedded mode) and re-seal all values under it;
                            --reseal only re-seals under the newest key (server mode, or a resume)
  keys status               list the data keys and how many values each still seals
  eval translit --pairs F   recall@1/@10 of the name matcher on an arabic<TAB>latin TSV (JSON lines)
  eval name-pairs --pairs F precision/recall/F1 at the alert threshold on a left,right,match CSV`;

const print = (line: string) => process.stdout.write(`${line}\n`);
const printError = (line: string) => process.stderr.write(`${line}\n`);

async function withRuntime(
  work: (runtime: Awaited<ReturnType<typeof openRuntime>>) => Promise<number>,
) {
  const runtime = await openRuntime(loadConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

async function dispatch(command: string, rest: string[]): Promise<number> {
  switch (command) {
    case 'serve':
      await serve(loadConfig(), print);
      return 0;
    case 'db migrate':
      return withRuntime(async (runtime) => {
        print(`Migrations applied on ${runtime.description}.`);
        return 0;
      });
    case 'demo seed':
      return withRuntime(async (runtime) => {
        const seeded = await seedDemo(runtime.database.db, runtime.sealer, new Date());
        print(seeded ? 'Demo data loaded.' : 'The database already has data: nothing loaded.');
        return 0;
      });
    case 'demo totp':
      print(await generate({ secret: DEMO_TOTP_SECRET }));
      return 0;
    case 'agencies list':
      return withRuntime((runtime) => listAgenciesCommand(runtime.database.db, print));
    case 'users create':
      return withRuntime((runtime) => createUserCommand(runtime.database.db, rest, print));
    case 'audit verify':
      return withRuntime((runtime) => verifyAudit(runtime.database.db, print, printError));
    case 'keys rotate':
      return withRuntime((runtime) => rotateKeysCommand(runtime, rest, print, printError));
    case 'keys status':
      return withRuntime((runtime) => keysStatusCommand(runtime, print, printError));
    case 'eval translit':
      return evalTranslitCommand(rest, print);
    case 'eval name-pairs':
      return evalNamePairsCommand(rest, print);
    default:
      printError(USAGE);
      return 2;
  }
}

export async function runCli(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, strict: false });
  const words = positionals.slice(0, 2);
  const command = words[0] === 'serve' ? 'serve' : words.join(' ');
  const rest = argv.slice(command === 'serve' ? 1 : 2);
  try {
    return await dispatch(command, rest);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      printError(error.message);
      return 3;
    }
    printError(`tansiq ${command}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
