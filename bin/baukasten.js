#!/usr/bin/env node
// The `baukasten` command. The CLI is TypeScript sharing the app's domain engine; tsx runs it
// without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
