#!/usr/bin/env node
// The only job of this file is to start the compiled CLI (built by `npm ci` via `prepare`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
