// Parses Adaptive Cards with the adaptivecards package (its UMD build) under jsdom, in a plain Node process:
// jest cannot load jsdom 29's ESM dependencies, Node 20 can (toolchain-notes "Adaptive Cards").
// Input: a JSON file [{ name, card }]. Output on stdout: JSON [{ name, problems: string[], inputs: number }].
const fs = require('node:fs');
const { JSDOM } = require('jsdom');

const dom = new JSDOM('<!doctype html><html><body></body></html>');
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) {
    try {
      globalThis[key] = dom.window[key];
    } catch {
      // read-only global: keep Node's
    }
  }
}
globalThis.window = dom.window;
globalThis.document = dom.window.document;
// jsdom has no innerText.
Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
  get() {
    return this.textContent ?? '';
  },
  set(value) {
    this.textContent = value;
  },
  configurable: true,
});
const AC = require('adaptivecards/dist/adaptivecards.js');

const cards = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const results = cards.map(({ name, card }) => {
  const problems = [];
  const parsed = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) problems.push(`parse: ${context.getEventAt(i).message}`);
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  let inputs = -1;
  try {
    const html = parsed.render();
    inputs = html ? html.querySelectorAll('input, select, textarea').length : -1;
  } catch (error) {
    problems.push(`render: ${error.message}`);
  }
  return { name, problems, inputs };
});
process.stdout.write(JSON.stringify(results));
