// Renders BPMN diagrams with bpmn-js in headless Chromium, to test/artifacts/processes/<name>.png.
// Usage: node processes/tools/render.mjs processes/a.bpmn [...]
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const bpmnJs = require.resolve('bpmn-js/dist/bpmn-navigated-viewer.development.js');
const assets = join(bpmnJs, '..', 'assets');
const outDir = join(process.cwd(), 'test', 'artifacts', 'processes');
await mkdir(outDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const file of process.argv.slice(2)) {
    const xml = await readFile(file, 'utf8');
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff"><div id="canvas" style="width:100vw;height:100vh"></div></body></html>');
    for (const css of ['diagram-js.css', 'bpmn-js.css']) await page.addStyleTag({ path: join(assets, css) });
    await page.addScriptTag({ path: bpmnJs });
    const result = await page.evaluate(async (source) => {
      const viewer = new window.BpmnJS({ container: '#canvas' });
      const { warnings } = await viewer.importXML(source);
      const canvas = viewer.get('canvas');
      const box = canvas.viewbox().inner;
      window.viewer = viewer;
      return { warnings: warnings.map((w) => w.message), width: box.width, height: box.height, x: box.x, y: box.y };
    }, xml);
    const scale = Number(process.env.SCALE ?? 1);
    const width = Math.min(6000, Math.ceil(result.width * scale + 40));
    const height = Math.min(6000, Math.ceil(result.height * scale + 40));
    await page.setViewportSize({ width, height });
    await page.evaluate(({ x, y, w, h }) => {
      const canvas = window.viewer.get('canvas');
      canvas.resized();
      canvas.viewbox({ x: x - 20, y: y - 20, width: w + 40, height: h + 40 });
    }, { x: result.x, y: result.y, w: result.width, h: result.height });
    const out = join(outDir, basename(file).replace(/\.bpmn$/, '.png'));
    await page.screenshot({ path: out, fullPage: false });
    if (process.env.CLIP) {
      // CLIP=x,y,w,h (pixels of the full image) writes an extra close-up, <name>-clip.png.
      const [cx, cy, cw, ch] = process.env.CLIP.split(',').map(Number);
      await page.screenshot({ path: out.replace(/\.png$/, '-clip.png'), clip: { x: cx, y: cy, width: cw, height: ch } });
    }
    console.log(`${out} (${width}x${height})${result.warnings.length ? ' WARNINGS: ' + result.warnings.join('; ') : ' no import warnings'}`);
    await page.close();
  }
} finally {
  await browser.close();
}
