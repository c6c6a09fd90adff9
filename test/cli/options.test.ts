import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.ts';
import { optionSignature } from '../../src/cli/help.ts';
import {
  closest,
  parseCommandLine,
  parseFailOn,
  parseFormat,
  parseJobs,
  parseSize,
} from '../../src/cli/options.ts';
import { runCli } from '../helpers/cli.ts';

const FAIL_ON = { name: 'fail-on', value: 'SEVERITY', help: '' };
const QUIET = { name: 'quiet', short: 'q', help: '' };
const PATHS = { name: 'ignore-paths', value: 'PATH', multiple: true, help: '' };

describe('parseCommandLine', () => {
  it("reads a command's own options and positionals", () => {
    const line = parseCommandLine(
      ['a', '--fail-on', 'low', '-q', '--ignore-paths', 'x', 'b', '--ignore-paths=y'],
      [FAIL_ON, QUIET, PATHS],
      'scan',
    );
    expect(line).toEqual({
      values: { 'fail-on': 'low', quiet: true, 'ignore-paths': ['x', 'y'] },
      positionals: ['a', 'b'],
    });
  });

  it('an unknown option is an error naming it, with the closest known one', () => {
    expect(() => parseCommandLine(['--fail-no', 'x'], [FAIL_ON], 'scan')).toThrow(
      'scan has no option --fail-no; did you mean --fail-on? (see modelvet scan --help)',
    );
    expect(() => parseCommandLine(['--zzz'], [FAIL_ON], 'scan')).toThrow(/^scan has no option --zzz \(see/);
    expect(() => parseCommandLine(['-x'], [FAIL_ON], 'scan')).toThrow(/scan has no option -x/);
  });

  it('a missing value, a value for a flag and a flag given twice are errors', () => {
    expect(() => parseCommandLine(['--fail-on'], [FAIL_ON], 'scan')).toThrow(
      '--fail-on needs a value (SEVERITY)',
    );
    expect(() => parseCommandLine(['--quiet=yes'], [QUIET], 'scan')).toThrow('--quiet takes no value');
    expect(() => parseCommandLine(['--fail-on', 'low', '--fail-on', 'high'], [FAIL_ON], 'scan')).toThrow(
      '--fail-on is given twice',
    );
  });

  it('closest: a prefix or a near miss, else nothing', () => {
    expect(closest('form', ['format', 'fail-on'])).toBe('format');
    expect(closest('jbos', ['jobs', 'quiet'])).toBe('jobs');
    expect(closest('banana', ['jobs', 'quiet'])).toBeUndefined();
  });
});

describe('shared option values, validated once', () => {
  it('--jobs, --fail-on (any case), --format, --shard-size', () => {
    expect(parseJobs('4')).toBe(4);
    for (const bad of ['0', '257', '1.5', 'many', ' 3']) expect(() => parseJobs(bad)).toThrow(/--jobs/);
    expect(parseFailOn('HIGH')).toBe('high');
    expect(parseFailOn(undefined)).toBeUndefined();
    expect(() => parseFailOn('severe')).toThrow(
      '--fail-on must be one of info, low, medium, high, critical; got "severe"',
    );
    expect(parseFormat('SARIF')).toBe('sarif');
    expect(() => parseFormat('xml')).toThrow(/--format must be one of human, json, sarif, markdown/);
    expect(parseSize('shard-size', '1024')).toBe(1024);
    expect(() => parseSize('shard-size', '-1')).toThrow(/--shard-size must be a positive whole number/);
  });
});

describe('each command shows and accepts only its own options', () => {
  const allOptions = [...new Set(COMMANDS.flatMap((c) => (c.options ?? []).map((o) => o.name)))];

  for (const command of COMMANDS) {
    it(`${command.name}: --help lists its options and examples; others are refused`, async () => {
      const words = command.name.split(' ');
      const help = await runCli([...words, '--help']);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(
        new RegExp(`^modelvet ${command.name}: .+\\n\\nUsage: modelvet ${command.name}`),
      );
      const options = command.options ?? [];
      for (const o of options) expect(help.out).toContain(optionSignature(o));
      const mine = new Set(options.map((o) => o.name));
      for (const other of allOptions.filter((o) => !mine.has(o)))
        expect(help.out).not.toContain(`--${other} `);
      expect(help.out).toMatch(/\nExamples:\n( {2}\$ .*modelvet .+\n){2,3}$/);
      expect(await runCli(['help', ...words])).toEqual(help);
      const foreign = allOptions.find((o) => !mine.has(o))!;
      const r = await runCli([...words, `--${foreign}`, 'x']);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(new RegExp(`^modelvet: ${command.name} has no option --${foreign}`));
    });
  }

  it('the help of --no-progress says what it does, not its default', async () => {
    const help = (await runCli(['scan', '--help'])).out;
    expect(help).toMatch(/--no-progress +Hide the progress line/);
    expect(help).not.toMatch(/default: true/);
  });

  it('options that would do nothing are errors, never ignored', async () => {
    const cases: [string[], RegExp][] = [
      [['scan', '.', '--format', 'json', '--quiet'], /--quiet changes the human and markdown reports/],
      [['scan', '.', '--format', 'sarif', '--verbose'], /--verbose changes the human report/],
      [['scan', '.', '--algorithm', 'sha512'], /--algorithm records extra digests in the JSON report/],
      [['hash', '--quiet', 'x'], /--quiet is meaningful only when verifying checksums/],
      [['hash', '--ignore-missing', 'x'], /--ignore-missing is meaningful only/],
      [['lock', '.', '--method', 'files', '--shard-size', '10'], /--shard-size needs --method shards/],
      [['sign', '.', '--key', 'k.pem', '--rekor-url', 'http://x'], /--rekor-url needs --sigstore/],
      [
        ['verify', '.', '--key', 'k.pem', '--trusted-root', 'r.json'],
        /--trusted-root is the trust root for Sigstore keyless/,
      ],
      [['policy', 'init', 'x.yml', '--stdout'], /--stdout prints the policy/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(message);
    }
  });
});

describe('modelvet help, --version and command names', () => {
  it('--version prints the version only; help lists every command', async () => {
    const { VERSION } = await import('../../src/version.ts');
    expect(await runCli(['--version'])).toEqual({ code: 0, out: `${VERSION}\n`, err: '' });
    const help = await runCli(['--help']);
    for (const c of COMMANDS) expect(help.out).toContain(`  ${c.name} ${c.args}`.trimEnd());
    expect(await runCli(['help'])).toEqual(help);
  });

  it('an unknown command suggests the closest one; a group lists its commands', async () => {
    expect((await runCli(['scna'])).err).toBe(
      'modelvet: unknown command scna; did you mean scan? (see modelvet --help)\n',
    );
    expect((await runCli(['policy', 'chek'])).err).toMatch(
      /unknown command policy chek; did you mean policy check\?/,
    );
    const group = await runCli(['policy']);
    expect(group.out).toMatch(/policy check \[file\] +Validate a policy file/);
    expect(group.out).toMatch(/policy init \[file\] +Write a commented starter policy/);
  });
});
