#!/usr/bin/env node
// The only job of this file is to start the compiled CLI (built by `npm ci` via `prepare`).
import { runProcess } from '../dist/src/cli/process.js';

await runProcess(process.argv.slice(2));
