// `npm test` on an old Node: one line saying what is needed, instead of every test failing.
// Plain JavaScript that any Node can run, kept in step with package.json "engines".
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const min = /(\d+)(?:\.(\d+))?/
  .exec(pkg.engines.node)
  .slice(1)
  .map((n) => Number(n ?? 0));
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < min[0] || (major === min[0] && minor < min[1])) {
  process.stderr.write(`modelvet needs Node >= ${min.join('.')} (found ${process.versions.node})\n`);
  process.exit(1);
}
