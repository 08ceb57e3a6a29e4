import { readFileSync } from 'node:fs';

/** Hito's moddle extension (`processes/schema/hito.json`), read once; the same file the designer uses. */
export const HITO_MODDLE_EXTENSIONS: Record<string, unknown> = {
  hito: JSON.parse(readFileSync(new URL('../../../processes/schema/hito.json', import.meta.url), 'utf8')),
};
