/**
 * Hostile inputs for the pin checkers' time and memory bounds (test/pins/bounds.test.ts): each shape
 * builds a text of about `bytes` characters that once made a checker super-linear (deep `[[[` in a
 * workflow took 711 MiB for 1 MB; a shell script of one-letter lines took 344 MiB) or that stresses
 * one of its loops. Run as a script (see main) under a heap limit.
 */
import type { PinFileKind } from '../../src/pins/detect.ts';

export interface Shape {
  name: string;
  kind: PinFileKind;
  make(bytes: number): string;
}

const rep = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.floor(bytes / unit.length)));

export const SHAPES: readonly Shape[] = [
  { name: 'workflow [[[', kind: 'workflow', make: (n) => `jobs: ${rep('[', n)}` },
  { name: 'workflow {a: {', kind: 'workflow', make: (n) => `a: ${rep('{a: ', n)}` },
  {
    name: 'workflow run block of short lines',
    kind: 'workflow',
    make: (n) => `jobs:\n  b:\n    steps:\n      - run: |\n${rep('          a\n', n)}`,
  },
  {
    name: 'workflow many steps',
    kind: 'workflow',
    make: (n) => `jobs:\n  b:\n    steps:\n${rep('      - uses: a/b@v1\n', n)}`,
  },
  { name: 'conda [[[', kind: 'conda', make: (n) => `dependencies: ${rep('[', n)}` },
  { name: 'compose [[[', kind: 'compose', make: (n) => `services: ${rep('[', n)}` },
  {
    name: 'compose many services',
    kind: 'compose',
    make: (n) => `services:\n${rep('  s:\n    image: a:1\n    command: --model-id o/m\n', n)}`,
  },
  { name: 'shell one-letter lines', kind: 'shell', make: (n) => rep('a\n', n) },
  { name: 'shell pipes', kind: 'shell', make: (n) => rep('curl x |', n) },
  { name: 'shell continuation lines', kind: 'shell', make: (n) => rep('a \\\n', n) },
  {
    name: 'shell downloads then runs',
    kind: 'shell',
    make: (n) => rep('wget https://huggingface.co/o/m/resolve/main/f\n./f\n', n),
  },
  { name: 'shell clones', kind: 'shell', make: (n) => rep('git clone https://huggingface.co/o/m\n', n) },
  { name: 'shell sh -c nesting', kind: 'shell', make: (n) => rep('sh -c "', n) },
  { name: 'python 50,000-call line', kind: 'python', make: (n) => `x = f${rep('()', n)}\n` },
  { name: 'python nested brackets', kind: 'python', make: (n) => `x = ${rep('(', n)}` },
  { name: 'python not-chain', kind: 'python', make: (n) => `x = ${rep('not ', n)}a\n` },
  {
    name: 'python many calls',
    kind: 'python',
    make: (n) => `from transformers import AutoModel\n${rep('AutoModel.from_pretrained("o/m")\n', n)}`,
  },
  { name: 'python long concatenation', kind: 'python', make: (n) => `x = ${rep('"a" + ', n)}"a"\n` },
  { name: 'python adjacent strings', kind: 'python', make: (n) => `x = (${rep('"a" ', n)})\n` },
  { name: 'python many statements', kind: 'python', make: (n) => rep('a = f(x)\n', n) },
  {
    name: 'notebook many cells',
    kind: 'notebook',
    make: (n) => `{"cells":[${rep('{"cell_type":"code","source":["torch.load(f)\\n"]},', n)}{}]}`,
  },
  { name: 'dockerfile continuations', kind: 'dockerfile', make: (n) => `FROM a\nRUN ${rep('a \\\n', n)}` },
  {
    name: 'dockerfile many RUN',
    kind: 'dockerfile',
    make: (n) => `FROM a\n${rep('RUN pip install x\n', n)}`,
  },
  { name: 'requirements one-letter lines', kind: 'requirements', make: (n) => rep('a\n', n) },
  { name: 'requirements continuations', kind: 'requirements', make: (n) => rep('a \\\n', n) },
  {
    name: 'pyproject one long string',
    kind: 'pyproject',
    make: (n) => `[project]\ndescription = "${rep('x', n)}"\ndependencies = ["torch"]\n`,
  },
  { name: 'pyproject nested arrays', kind: 'pyproject', make: (n) => `a = ${rep('[', n)}` },
  {
    name: 'pyproject many dependencies',
    kind: 'pyproject',
    make: (n) => `[project]\ndependencies = [\n${rep('  "a>=1",\n', n)}]\n`,
  },
  { name: 'makefile many recipes', kind: 'makefile', make: (n) => `all:\n${rep('\tvllm serve o/m\n', n)}` },
  {
    name: 'config many model keys',
    kind: 'config',
    make: (n) => rep('base_model: o/m\nrevision: main\n', n),
  },
  { name: 'adapter deep JSON', kind: 'adapter-config', make: (n) => `{"a": ${rep('[', n)}` },
  { name: 'package.json deep', kind: 'package-json', make: (n) => `{"dependencies": ${rep('[', n)}` },
  { name: 'modelfile many FROM', kind: 'modelfile', make: (n) => rep('FROM llama3\n', n) },
];

/** Milliseconds allowed per KiB of input: generous for a loaded shared machine (the slowest checker, YAML, runs at about 4 ms per KiB on a quiet one); a quadratic checker would need seconds per KiB at 1 MiB. */
export const MS_PER_KIB = 15;

async function measure(shape: Shape, bytes: number): Promise<{ ms: number; hits: number; length: number }> {
  const { checkText } = await import('../../src/pins/check.ts');
  const text = shape.make(bytes);
  const started = performance.now();
  const result = checkText(shape.kind, text);
  return { ms: performance.now() - started, hits: result.hits.length, length: text.length };
}

/**
 * `pin-bounds.ts property RUNS SEED`: a fast-check property over shapes and sizes up to 1 MiB; the
 * heap limit of the process (--max-old-space-size) is the memory bound, the time bound is asserted.
 * `pin-bounds.ts SIZE [shape...]`: prints one JSON line per shape.
 */
async function main(): Promise<void> {
  const [mode, a, b] = process.argv.slice(2);
  if (mode === 'property') {
    const fc = (await import('fast-check')).default;
    for (const shape of SHAPES) await measure(shape, 1024); // load each checker's parser once, outside the timing
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPES),
        fc.integer({ min: 16 * 1024, max: 1024 * 1024 }),
        async (shape, bytes) => {
          const r = await measure(shape, bytes);
          const limit = 1000 + (r.length / 1024) * MS_PER_KIB;
          if (r.ms > limit)
            throw new Error(
              `${shape.name}: ${r.length} chars took ${Math.round(r.ms)} ms (limit ${Math.round(limit)})`,
            );
          if (r.hits > 3 * 1000 + 10) throw new Error(`${shape.name}: ${r.hits} hits kept (not bounded)`);
        },
      ),
      { numRuns: Number(a ?? 20), seed: Number(b ?? 1), endOnFailure: true },
    );
    console.log('ok');
    return;
  }
  for (const shape of SHAPES.filter((s) => !a || [a, b].includes(s.name))) {
    const r = await measure(shape, Number(mode));
    console.log(
      JSON.stringify({ name: shape.name, ...r, heapMiB: process.memoryUsage().heapUsed / 2 ** 20 }),
    );
  }
}

if (process.argv[1]?.endsWith('pin-bounds.ts')) await main();
