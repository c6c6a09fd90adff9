/**
 * A folder of files named to attack whoever reads the report: a GitHub Actions runner (workflow
 * commands, https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions,
 * parsed as in actions/runner src/Runner.Common/ActionCommand.cs), a terminal (escape sequences,
 * bidi overrides, https://trojansource.codes/), a Markdown renderer (emphasis, links, HTML, code
 * fences) and JSON/SARIF consumers (lone surrogates, names that are not UTF-8). Scanned through the
 * built CLI (dist/bin.js), every report format is checked byte for byte where the names appear.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootDigestOf } from '../../src/verify/manifest.ts';
import { draft04Validator } from '../helpers/schema.ts';
import { makeTmpDir, SHARED_DIR } from '../helpers/tmp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'bin.js');

/** A protocol-2 pickle that would call os.system("true") if loaded (it never is). */
const PICKLE = Buffer.from('\x80\x02cos\nsystem\nq\x00X\x04\x00\x00\x00trueq\x01\x85q\x02Rq\x03.', 'latin1');

/** Hostile file names, and how the human report must show each (terminalText). */
const NAMES: [string, string][] = [
  ['a\n::error title=PASS::x.pkl', 'a\\n::error title=PASS::x.pkl'],
  ['::stop-commands::tok.pkl', '\\x3a:stop-commands::tok.pkl'],
  [' ::add-mask::secret.pkl', ' \\x3a:add-mask::secret.pkl'],
  ['x##[add-mask]y.pkl', 'x##\\x5badd-mask]y.pkl'],
  ['evil\u202egnp.pkl', 'evil\\u202egnp.pkl'],
  ['clear\x1b[2J\r.pkl', 'clear\\x1b[2J\\r.pkl'],
  ['line\u2028sep.pkl', 'line\\u2028sep.pkl'],
  [
    '__globals__ www.evil.example [x](y) <b> a@evil.example.pkl',
    '__globals__ www.evil.example [x](y) <b> a@evil.example.pkl',
  ],
  ['tick`s``.pkl', 'tick`s``.pkl'],
  ['pipe|cell.pkl', 'pipe|cell.pkl'],
];

/** A line the GitHub Actions runner would execute as a workflow command. */
const isWorkflowCommand = (line: string) => /^\p{White_Space}*::/u.test(line) || line.includes('##[');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

let dir: string;
let folder: string;
const out: Record<string, Run> = {};

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error('dist/bin.js is missing: run npm run build');
  dir = await makeTmpDir();
  folder = join(dir, 'hostile');
  await mkdir(folder);
  for (const [name] of NAMES) await writeFile(join(folder, name), PICKLE);
  // A name that is not UTF-8 (Linux file names are bytes).
  await writeFile(
    Buffer.concat([Buffer.from(`${folder}/bad`), Buffer.from([0xff, 0xfe]), Buffer.from('.pkl')]),
    PICKLE,
  );
  for (const format of ['human', 'markdown', 'json', 'sarif'])
    out[format] = await cli(['scan', '.', '--format', format, '--no-policy-discovery'], folder);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('reports of a folder of hostile names (built CLI)', () => {
  it('every format runs, fails the gate on the payloads, and writes no workflow command', () => {
    for (const [format, r] of Object.entries(out)) {
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      for (const line of r.stdout.split('\n'))
        expect(isWorkflowCommand(line), `${format}: ${line}`).toBe(false);
      expect(Buffer.from(r.stdout, 'utf8').toString('utf8')).toBe(r.stdout);
    }
  });

  it('human: each name is one escaped line, and nothing invisible reaches the terminal', () => {
    const lines = out.human!.stdout.split('\n');
    for (const [, shown] of NAMES) expect(lines, shown).toContain(shown);
    expect(out.human!.stdout).not.toMatch(
      /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/,
    );
    const first = lines.indexOf('a\\n::error title=PASS::x.pkl');
    const group = lines.slice(first + 1, lines.indexOf('', first));
    expect(group.some((l) => /^ {2}CRITICAL pickle\/dangerous-global {2}/.test(l))).toBe(true);
    expect(lines).toContain('bad\\xff\\xfe.pkl');
  });

  it('markdown: names are code spans with a long enough fence, pipes escaped, no HTML, emphasis or link', () => {
    const md = out.markdown!.stdout;
    const row = (name: string) =>
      md.split('\n').find((l) => l.startsWith('| `pickle/dangerous-global` |') && l.includes(name));
    expect(row('__globals__')).toContain('| `__globals__ www.evil.example [x](y) <b> a@evil.example.pkl` |');
    expect(row('tick')).toContain('| ```tick`s``.pkl``` |');
    expect(row('pipe')).toContain('| `pipe\\|cell.pkl` |');
    expect(row('error title')).toContain('| `a\\n::error title=PASS::x.pkl` |');
    expect(row('add-mask]y')).toContain('| `x##\\x5badd-mask]y.pkl` |');
    for (const l of md.split('\n').filter((l) => l.startsWith('| `pickle/')))
      expect(l.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('JSON: the exact names, well-formed, and parseable', () => {
    const report = JSON.parse(out.json!.stdout);
    const paths = report.findings.map((f: { path: string }) => f.path);
    for (const [name] of NAMES) expect(paths).toContain(name);
    // Not UTF-8: decoded as os.fsdecode does (U+DC80..U+DCFF), written as \uDCxx escapes.
    expect(paths).toContain('bad\udcff\udcfe.pkl');
    expect(out.json!.stdout).toContain('bad\\udcff\\udcfe.pkl');
    expect(out.json!.stdout).not.toContain('##[');
  });

  it('SARIF: percent-encoded URIs, escaped messages, and valid against the SARIF 2.1.0 schema', async () => {
    const sarif = JSON.parse(out.sarif!.stdout);
    const uris = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        r.locations[0]!.physicalLocation.artifactLocation.uri,
    );
    expect(uris).toContain('a%0A::error%20title=PASS::x.pkl');
    expect(uris).toContain('x%23%23%5Badd-mask%5Dy.pkl');
    expect(uris).toContain('bad%FF%FE.pkl'); // the name's own bytes
    for (const r of sarif.runs[0].results) expect(r.message.text).not.toMatch(/[\n\r\u202e\x1b]/);
    const schema = join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json');
    if (existsSync(schema)) expect((await draft04Validator(schema))(sarif)).toEqual([]);
  });

  it('a lock file naming a lone surrogate: every report is still written and valid', async () => {
    const model = join(dir, 'model');
    await mkdir(model);
    await writeFile(join(model, 'a.txt'), 'a\n');
    const locked = await cli(['lock', 'model'], dir);
    expect(locked.code, locked.stderr).toBe(0);
    const lock = JSON.parse(await readFile(join(model, 'modelvet.lock.json'), 'utf8'));
    // The resource renamed to a lone surrogate, the root digest recomputed: a consistent lock
    // whose file is missing, and a.txt extra.
    lock.predicate.resources[0].name = '\udc80';
    lock.subject[0].digest.sha256 = rootDigestOf(lock.predicate.resources);
    await writeFile(join(dir, 'evil.lock.json'), JSON.stringify(lock));
    for (const format of ['human', 'json', 'sarif', 'markdown']) {
      const r = await cli(['verify', 'model', '--lock', 'evil.lock.json', '--format', format], dir);
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toBe('');
      expect(Buffer.from(r.stdout, 'utf8').toString('utf8')).toBe(r.stdout);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});
