#!/usr/bin/env node
// The `maillage` command: loads the TypeScript sources through tsx, then runs the CLI.
// First: on too old a Node.js it stops here, with a French message, before tsx loads.
import './verifier-node.mjs';
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
