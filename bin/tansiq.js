#!/usr/bin/env node
// Entry point of `npx tansiq`: runs the TypeScript sources through tsx (no build step to forget).
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/server/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
