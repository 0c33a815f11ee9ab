#!/usr/bin/env node
// The server is TypeScript run through tsx, so the command registers tsx before loading it.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../server/cli/main.ts', import.meta.url).href);
