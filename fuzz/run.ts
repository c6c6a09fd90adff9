/**
 * `npm run fuzz`: mutates the committed fixtures of every format and runs each mutant through the
 * built CLI (dist/bin.js) under the robustness contract (10 s, 300 MiB, exit 0/1, valid report, no
 * stack trace, no internal error passed off as a finding). Failures are grouped by class; the first
 * input of each class is shrunk and kept under --out with how to replay it.
 *
 *   npm run fuzz -- --count 20000 --jobs 2 --seed 1
 *   npm run fuzz -- --replay fuzz/out/classes      (re-run the kept reproducers after a fix)
 *
 * `--batch N` (default 25) scans N file/folder mutants, each in its own sub-folder, in one CLI run:
 * the batch must meet the same contract (10 s and 300 MiB for all of them together is stricter than
 * for each), and a batch that fails is re-run mutant by mutant so every failure is attributed to its
 * own input. A failure only the batch shows (one file's failure removing another's findings, memory
 * that accumulates) is its own class. Policy, lock and checksum mutants always run alone.
 *
 * Not part of `npm test`: a campaign takes as long as you give it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { minimize } from './minimize.ts';
import { GENERIC, type Mutator } from './mutate.ts';
import { type Case, type Limits, type Outcome, type ReportFormat, runCase } from './oracle.ts';
import { Random } from './random.ts';
import { type Family, loadSeeds, policySeeds, type Seed } from './seeds.ts';
import { STRUCTURED } from './structured.ts';
import { loadValidators } from './validators.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');

interface Options {
  count: number;
  jobs: number;
  seed: number;
  out: string;
  bin: string;
  families?: Set<string>;
  limits: Limits;
  minimizeRuns: number;
  batch: number;
}

function options(): Options & { replay?: string } {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '2000' },
      jobs: { type: 'string', default: String(cpus().length) },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      out: { type: 'string', default: 'fuzz/out' },
      bin: { type: 'string', default: 'dist/bin.js' },
      families: { type: 'string' },
      timeout: { type: 'string', default: '10' },
      'max-rss': { type: 'string', default: '300' },
      'minimize-runs': { type: 'string', default: '60' },
      batch: { type: 'string', default: '25' },
      replay: { type: 'string' },
    },
  });
  return {
    count: Number(values.count),
    jobs: Math.max(1, Number(values.jobs)),
    seed: Number(values.seed),
    out: resolve(values.out),
    bin: resolve(values.bin),
    ...(values.families ? { families: new Set(values.families.split(',')) } : {}),
    limits: { timeoutMs: Number(values.timeout) * 1000, maxRssMiB: Number(values['max-rss']) },
    minimizeRuns: Number(values['minimize-runs']),
    batch: Math.max(1, Number(values.batch)),
    ...(values.replay ? { replay: resolve(values.replay) } : {}),
  };
}

/** How a mutant is handed to the CLI. */
type Mode = 'file' | 'folder' | 'policy-flag' | 'lock' | 'sums';

interface Plan {
  seed: Seed;
  mutators: string[];
  mode: Mode;
  format: ReportFormat;
}

function chooseMutators(seed: Seed, rnd: Random): Mutator[] {
  const structured = STRUCTURED.filter((m) => !m.families || m.families.includes(seed.family));
  const picked: Mutator[] = [];
  const n = rnd.range(1, 3);
  for (let i = 0; i < n; i++) {
    picked.push(structured.length > 0 && rnd.chance(0.55) ? rnd.pick(structured) : rnd.pick(GENERIC));
  }
  return picked;
}

function chooseMode(seed: Seed, rnd: Random): Mode {
  if (seed.family === 'policy') return rnd.pick(['policy-flag', 'folder'] as const);
  if ((seed.family as string) === 'lock') return 'lock';
  if ((seed.family as string) === 'sums') return 'sums';
  return rnd.chance(0.6) ? 'folder' : 'file';
}

function chooseFormat(rnd: Random): ReportFormat {
  const r = rnd.next();
  return r < 0.6 ? 'json' : r < 0.8 ? 'sarif' : r < 0.9 ? 'markdown' : 'human';
}

/** Writes the mutant into a fresh scratch folder and returns the CLI invocation for it. */
function prepare(scratch: string, plan: Plan, input: Buffer, fixtureFolder: string): Case {
  rmSync(scratch, { recursive: true, force: true });
  const target = join(scratch, 'target');
  mkdirSync(target, { recursive: true });
  const format: ReportFormat = plan.mode === 'sums' ? 'human' : plan.format;
  const reportPath = format === 'human' ? undefined : join(scratch, `report.${format}`);
  const output = reportPath ? ['-o', reportPath] : [];
  const common = ['--format', format, ...output, '--no-progress', '--jobs', '1'];
  const file = join(target, plan.seed.name);
  const c = { format, ...(reportPath ? { reportPath } : {}), scratch, allowUsage: false };
  switch (plan.mode) {
    case 'policy-flag': {
      const policy = join(scratch, 'policy.yml');
      writeFileSync(policy, input);
      writeFileSync(join(target, 'config.json'), '{"model_type": "bert"}\n');
      return { ...c, args: ['scan', target, '--policy', policy, ...common], allowUsage: true };
    }
    case 'lock': {
      const lock = join(scratch, 'model.lock.json');
      writeFileSync(lock, input);
      const verifyFormat: ReportFormat = format === 'json' || format === 'human' ? format : 'json';
      const args = ['verify', fixtureFolder, '--lock', lock, '--format', verifyFormat, ...output];
      return { ...c, format: verifyFormat, args, allowUsage: true };
    }
    case 'sums': {
      const sums = join(scratch, 'SHA256SUMS');
      writeFileSync(sums, input);
      return { ...c, args: ['hash', '--check', sums], cwd: fixtureFolder, allowUsage: true };
    }
    case 'file':
      writeFileSync(file, input);
      return { ...c, args: ['scan', file, '--no-policy-discovery', ...common] };
    default:
      writeFileSync(file, input);
      return { ...c, args: ['scan', target, ...common] };
  }
}

/** Writes a batch of file/folder mutants, one sub-folder each, and returns one scan of them all. */
function prepareBatch(
  scratch: string,
  items: readonly { plan: Plan; input: Buffer }[],
  format: ReportFormat,
): Case {
  rmSync(scratch, { recursive: true, force: true });
  const target = join(scratch, 'target');
  items.forEach(({ plan, input }, i) => {
    const dir = join(target, `m${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, plan.seed.name), input);
  });
  const reportPath = join(scratch, `report.${format}`);
  const args = ['scan', target, '--format', format, '-o', reportPath, '--no-progress', '--jobs', '1'];
  return { args, format, reportPath, scratch, allowUsage: false };
}

interface ClassRecord {
  key: string;
  count: number;
  families: Record<string, number>;
  first: {
    seed: string;
    mutators: string[];
    mode: Mode;
    format: ReportFormat;
    detail: string;
  };
  dir: string;
}

function slug(key: string): string {
  const words = key
    .replace(/[^a-z0-9]+/gi, '-')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${words}-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** Lock and checksum seeds made from a clean fixture folder by the CLI itself. */
function derivedSeeds(node: string, bin: string, folder: string): Seed[] {
  const lockPath = join(tmpdir(), `modelvet-fuzz-lock-${process.pid}.json`);
  execFileSync(node, [bin, 'lock', folder, '-o', lockPath], { stdio: 'ignore' });
  const lock = readFileSync(lockPath);
  rmSync(lockPath, { force: true });
  const files = readdirSync(folder).filter((f) => !f.startsWith('.'));
  const sums = execFileSync(node, [bin, 'hash', ...files], { cwd: folder });
  return [
    { path: '<lock>', name: 'model.lock.json', family: 'lock' as Family, bytes: lock },
    { path: '<sums>', name: 'SHA256SUMS', family: 'sums' as Family, bytes: sums },
  ];
}

async function campaign(o: Options): Promise<void> {
  const node = process.execPath;
  if (!existsSync(o.bin)) throw new Error(`${o.bin} is missing: run npm run build first`);
  const fixtureFolder = join(ROOT, 'fixtures', 'policy', 'clean-model');
  let seeds = [
    ...loadSeeds(ROOT, ['fixtures']),
    ...policySeeds(),
    ...derivedSeeds(node, o.bin, fixtureFolder),
  ];
  if (o.families) seeds = seeds.filter((s) => o.families?.has(s.family));
  const byFamily = new Map<string, Seed[]>();
  for (const s of seeds) byFamily.set(s.family, [...(byFamily.get(s.family) ?? []), s]);
  const families = [...byFamily.keys()].sort();
  const validators = await loadValidators(ROOT);
  const classes = new Map<string, ClassRecord>();
  const perFamily = new Map<string, { runs: number; failures: number }>();
  const rnd = new Random(o.seed);
  mkdirSync(join(o.out, 'classes'), { recursive: true });
  const scratchRoot = join(tmpdir(), `modelvet-fuzz-${process.pid}`);
  let done = 0;
  const started = Date.now();
  console.log(
    `seed ${o.seed}: ${seeds.length} seeds in ${families.length} families, ${o.count} mutants, ${o.jobs} jobs`,
  );

  const next = (i: number): { plan: Plan; input: Buffer } => {
    const family = families[i % families.length] as string;
    const pool = byFamily.get(family) ?? [];
    const seed = rnd.pick(pool);
    const mutators = chooseMutators(seed, rnd);
    let input = seed.bytes;
    for (const m of mutators) input = m.apply(input, rnd, pool);
    return {
      plan: {
        seed,
        mutators: mutators.map((m) => m.name),
        mode: chooseMode(seed, rnd),
        format: chooseFormat(rnd),
      },
      input,
    };
  };

  const runOne = async (slot: number, plan: Plan, input: Buffer): Promise<Outcome> => {
    const c = prepare(join(scratchRoot, String(slot)), plan, input, fixtureFolder);
    return runCase(node, o.bin, c, o.limits, validators);
  };

  const count = (plan: Plan, failed: boolean): void => {
    const stat = perFamily.get(plan.seed.family) ?? { runs: 0, failures: 0 };
    stat.runs++;
    if (failed) stat.failures++;
    perFamily.set(plan.seed.family, stat);
  };

  const single = async (slot: number, plan: Plan, input: Buffer): Promise<boolean> => {
    const outcome = await runOne(slot, plan, input);
    if (outcome.failure) await record(slot, plan, input, outcome);
    return outcome.failure !== undefined;
  };

  let batches = 0;
  let batchFailures = 0;
  const runBatch = async (slot: number, items: { plan: Plan; input: Buffer }[]): Promise<void> => {
    batches++;
    const format: ReportFormat = rnd.chance(0.8) ? 'json' : 'sarif';
    const c = prepareBatch(join(scratchRoot, `b${slot}`), items, format);
    const outcome = await runCase(node, o.bin, c, o.limits, validators);
    if (!outcome.failure) {
      for (const it of items) count(it.plan, false);
      return;
    }
    batchFailures++;
    let attributed = false;
    for (const it of items) {
      const failed = await single(slot, it.plan, it.input);
      attributed ||= failed;
      count(it.plan, failed);
    }
    if (!attributed) {
      const first = items[0]!;
      const dir = await record(slot, first.plan, first.input, {
        ...outcome,
        failure: `batch-only ${outcome.failure}`,
      });
      // Only the whole batch fails: keep every input, as the folder the CLI scanned.
      if (dir)
        items.forEach((it, i) => {
          mkdirSync(join(dir, 'batch', `m${i}`), { recursive: true });
          writeFileSync(join(dir, 'batch', `m${i}`, it.plan.seed.name), it.input);
        });
    }
  };

  const worker = async (slot: number): Promise<void> => {
    const pending: { plan: Plan; input: Buffer }[] = [];
    for (let i = done; done < o.count; i = done) {
      done++;
      const { plan, input } = next(i);
      if (o.batch > 1 && (plan.mode === 'file' || plan.mode === 'folder')) {
        pending.push({ plan, input });
        if (pending.length >= o.batch) await runBatch(slot, pending.splice(0));
      } else count(plan, await single(slot, plan, input));
      if (done % 500 === 0)
        console.log(
          `  ${done}/${o.count} mutants, ${classes.size} classes, ${Math.round((Date.now() - started) / 1000)} s`,
        );
    }
    if (pending.length) await runBatch(slot, pending.splice(0));
  };

  /** Records a failure in its class; returns the class folder when this input is its first. */
  const record = async (
    slot: number,
    plan: Plan,
    input: Buffer,
    outcome: Outcome,
  ): Promise<string | undefined> => {
    // Hangs and blow-ups have no message to tell them apart: one class per format family.
    const key =
      outcome.failure === 'timeout' || outcome.failure === 'memory'
        ? `${outcome.failure} ${plan.seed.family}`
        : (outcome.failure as string);
    const known = classes.get(key);
    if (known) {
      known.count++;
      known.families[plan.seed.family] = (known.families[plan.seed.family] ?? 0) + 1;
      return undefined;
    }
    const dir = join(o.out, 'classes', slug(key));
    const rec: ClassRecord = {
      key,
      count: 1,
      families: { [plan.seed.family]: 1 },
      first: {
        seed: plan.seed.path,
        mutators: plan.mutators,
        mode: plan.mode,
        format: plan.format,
        detail: outcome.detail,
      },
      dir,
    };
    classes.set(key, rec);
    const slow = outcome.failure === 'timeout' || outcome.failure === 'memory';
    // A batch-only failure needs the whole batch: kept as is, not shrunk.
    const batchOnly = key.startsWith('batch-only');
    const small = batchOnly
      ? { input, runs: 0 }
      : await minimize(input, {
          maxRuns: slow ? 6 : o.minimizeRuns,
          maxMs: slow ? 90_000 : 60_000,
          stillFails: async (candidate) =>
            (await runOne(100 + slot, plan, candidate)).failure === outcome.failure,
        });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'input'), small.input);
    writeFileSync(
      join(dir, 'info.json'),
      `${JSON.stringify({ key, name: plan.seed.name, ...rec.first, originalSize: input.length, minimizedSize: small.input.length, minimizeRuns: small.runs }, null, 2)}\n`,
    );
    return dir;
  };

  await Promise.all(Array.from({ length: o.jobs }, (_, slot) => worker(slot)));
  rmSync(scratchRoot, { recursive: true, force: true });
  const summary = {
    seed: o.seed,
    mutants: o.count,
    batch: o.batch,
    batches,
    batchFailures,
    seconds: Math.round((Date.now() - started) / 1000),
    perFamily: Object.fromEntries([...perFamily].sort()),
    classes: [...classes.values()].map((c) => ({
      key: c.key,
      count: c.count,
      families: c.families,
      dir: c.dir,
      first: c.first,
    })),
  };
  writeFileSync(join(o.out, `summary-${o.seed}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  printSummary(summary);
}

function printSummary(s: {
  mutants: number;
  seconds: number;
  perFamily: Record<string, { runs: number; failures: number }>;
  classes: { key: string; count: number }[];
}): void {
  console.log(`\n${s.mutants} mutants in ${s.seconds} s`);
  console.log('family            runs  failures');
  for (const [f, v] of Object.entries(s.perFamily))
    console.log(`${f.padEnd(16)} ${String(v.runs).padStart(5)} ${String(v.failures).padStart(9)}`);
  console.log(`\n${s.classes.length} failure classes`);
  for (const c of s.classes.sort((a, b) => b.count - a.count))
    console.log(`${String(c.count).padStart(6)}  ${c.key}`);
}

/** Re-runs every kept reproducer and says which still fail. */
async function replay(dir: string, o: Options): Promise<void> {
  const validators = await loadValidators(ROOT);
  const fixtureFolder = join(ROOT, 'fixtures', 'policy', 'clean-model');
  let failing = 0;
  const entries = readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'info.json')))
    .sort();
  for (const d of entries) {
    const info = JSON.parse(readFileSync(join(dir, d, 'info.json'), 'utf8'));
    const plan: Plan = {
      seed: { path: info.seed, name: info.name, family: 'text', bytes: Buffer.alloc(0) },
      mutators: info.mutators,
      mode: info.mode,
      format: info.format,
    };
    const c = prepare(
      join(tmpdir(), `modelvet-replay-${process.pid}`),
      plan,
      readFileSync(join(dir, d, 'input')),
      fixtureFolder,
    );
    const outcome = await runCase(process.execPath, o.bin, c, o.limits, validators);
    const failed = outcome.failure !== undefined;
    if (failed) failing++;
    console.log(`${failed ? 'FAIL' : 'ok  '}  ${d}  ${failed ? outcome.failure : ''}`);
  }
  console.log(`${failing} of ${entries.length} reproducers still fail`);
  process.exitCode = failing ? 1 : 0;
}

const o = options();
if (o.replay) await replay(o.replay, o);
else await campaign(o);
