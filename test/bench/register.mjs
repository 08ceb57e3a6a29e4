// Registers the TypeScript loader for the benchmark: `node --import ./test/bench/register.mjs test/bench/run.ts`.
import { register } from 'node:module';

register('./ts-loader.mjs', import.meta.url);
