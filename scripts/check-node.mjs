// `npm test` on an old Node: one line saying what is needed, instead of every test failing.
// Plain JavaScript that any Node can run, kept in step with package.json "engines".
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const min = Number(/\d+/.exec(pkg.engines.node)[0]);
const major = Number(process.versions.node.split('.')[0]);
if (major < min) {
  process.stderr.write(`modelvet needs Node >= ${min} (found ${process.versions.node})\n`);
  process.exit(1);
}
