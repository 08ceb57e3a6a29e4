// Regenerates processes/<name>.bpmn and processes/forms/<formId>.form from the models in
// processes/tools/models/. Usage: node processes/tools/build.mjs [name ...]
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, formJson } from './layout.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const processes = join(here, '..');
const wanted = process.argv.slice(2);
const files = (await readdir(join(here, 'models'))).filter((f) => f.endsWith('.mjs'));

for (const file of files) {
  const name = file.replace(/\.mjs$/, '');
  if (wanted.length && !wanted.includes(name)) continue;
  const { default: model } = await import(join(here, 'models', file));
  const { xml, forms } = build(model);
  await writeFile(join(processes, `${name}.bpmn`), xml);
  for (const form of forms) {
    await writeFile(join(processes, 'forms', `${form.id}.form`), JSON.stringify(formJson(form), null, 2) + '\n');
  }
  console.log(`${name}.bpmn written, ${forms.length} forms`);
}
