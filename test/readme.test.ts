import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../src/index.js';

/**
 * The README's first API example is executed: its text and options are run through extract(),
 * and every expression followed by a `// result` comment must give that result.
 */
describe('README example', () => {
  const readme = readFileSync('README.md', 'utf8');
  const api = readme.slice(readme.indexOf('## API'));
  const block = /```ts\n([\s\S]*?)```/.exec(api)![1]!;
  const text = /const text = '([^']*)';/.exec(block)![1]!;
  const date = /extract\(text, \{ date: '([^']*)' \}\)/.exec(block)![1]!;
  const r = extract(text, { date });
  const lines = block.split('\n');
  const checks: Array<[string, string]> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^(r\.[^;]*);\s*(?:\/\/ (.*))?$/.exec(lines[i]!.trim());
    if (!m) continue;
    let expected = m[2] ?? '';
    for (let j = i + 1; j < lines.length && lines[j]!.trim().startsWith('//'); j++) expected += ' ' + lines[j]!.trim().slice(2).trim();
    checks.push([m[1]!, expected.trim()]);
  }
  it('has checks', () => expect(checks.length).toBeGreaterThanOrEqual(3));
  for (const [expr, expected] of checks) {
    it(expr, () => {
      const got = new Function('r', `return ${expr}`)(r);
      expect(got).toEqual(JSON.parse(expected.replace(/'/g, '"')));
    });
  }
});
