// Runs Mozilla Readability on benchmark pages for the extraction benchmark (ExtractionBenchmark.java).
// Usage: node readability-runner.mjs <pages.json> <out.json>
// pages.json: [{"id", "url", "file"}], files are UTF-8 HTML. Writes {"texts": {id: text}, "millis": {id: ms}};
// only parsing and extraction are timed, as on the Java side.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(process.cwd() + '/');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [pagesFile, outFile] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(pagesFile, 'utf8'));
const texts = {};
const millis = {};
const quiet = new VirtualConsole();
for (const page of pages) {
  const html = readFileSync(page.file, 'utf8');
  const start = performance.now();
  let text = '';
  try {
    const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    text = article && article.textContent ? article.textContent : '';
    dom.window.close();
  } catch (e) {
    process.stderr.write(`readability failed on ${page.id}: ${e.message}\n`);
  }
  millis[page.id] = performance.now() - start;
  texts[page.id] = text;
}
writeFileSync(outFile, JSON.stringify({ texts, millis }));
