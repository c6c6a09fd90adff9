/**
 * 7z archives through `7z-wasm` (7-Zip 24.09 compiled to WebAssembly; no native code, no process).
 *
 * nullifAI (Feb 2025) shipped PyTorch payloads re-packed as 7z because scanners could not open
 * them. Here the archive is copied into the module's in-memory file system and listed with
 * `7zz l -slt`; only when the declared sizes fit the limits (member size, expansion budget, and the
 * compression ratio against the archive size) is it extracted with `7zz x`, and every extracted file
 * is dispatched through `ctx.scanMember`. 7-Zip's decoders stop at the declared unpack size, so the
 * listing bounds the output. Prompts cannot hang the scan: stdin is closed, a dummy password is
 * given (encrypted members fail to extract and are reported), overwrites are answered with -y.
 *
 * What cannot be listed or extracted stays `archive/opaque` (fail closed), as before this module.
 */
import type { SevenZipModule, SevenZipModuleFactory } from '7z-wasm';
import type { AnalyzerContext } from '../../core/analyzer.ts';
import { finding } from '../../core/finding.ts';
import { BufferSource, label, readAll } from '../../core/source.ts';
import { ARCHIVE_PATH_TRAVERSAL, ARCHIVE_TOO_MANY_MEMBERS, reportBomb } from '../compressed/archive-rules.ts';
import { expansionCap } from '../compressed/expand.ts';
import { OPAQUE_ARCHIVE } from '../opaque.ts';
import { unsafeMemberPath } from '../../core/paths.ts';
import { ModelvetError } from '../../core/errors.ts';
import { load7zWasm } from '../../lazy.ts';

export interface SevenZipEntry {
  path: string;
  size: number;
  isDirectory: boolean;
  encrypted: boolean;
  /** 7-Zip's method text ("LZMA2:26", "BCJ LZMA2:24"), when listed. */
  method?: string;
}

/** Loads 7-Zip's WebAssembly build on first use (it is large; most scans hold no 7z). */
async function sevenZipFactory(): Promise<SevenZipModuleFactory> {
  // Under Node the package's CommonJS build is loaded (the default export is module.exports, the
  // factory, which also carries itself as `.default`); the bundle inlines its ES module build, whose
  // default export is the factory itself. Take whichever is the function.
  const loaded = (await load7zWasm()).default as unknown;
  const factory = typeof loaded === 'function' ? loaded : (loaded as { default?: unknown })?.default;
  if (typeof factory !== 'function') throw new ModelvetError('INTERNAL', '7z-wasm exports no module factory');
  return factory as SevenZipModuleFactory;
}

/**
 * Bytes a 7z coder's decoder allocates, from 7-Zip's method text in `7zz l -slt` ("LZMA2:26" is a
 * 2^26-byte dictionary, "LZMA:3m" 3 MiB, "PPMD:o6:mem24" 2^24 bytes of model memory; chains are
 * space-separated). Python's decoders (py7zr through liblzma) reserve a declared dictionary lazily,
 * so a 4 GiB one loads there, while 7-Zip in WebAssembly cannot allocate it and extracts nothing:
 * such an archive is refused before extraction instead of passing empty.
 */
export function declaredDecoderMemory(method: string): number {
  let max = 0;
  for (const coder of method.split(/\s+/)) {
    const [name = '', ...params] = coder.split(':');
    const sized = /^LZMA2?$/i.test(name)
      ? params.slice(0, 1)
      : /^PPMD$/i.test(name)
        ? params.filter((p) => /^mem/i.test(p)).map((p) => p.slice(3))
        : [];
    for (const p of sized) {
      const m = /^(\d+)([bkmg]?)$/i.exec(p);
      if (!m) continue;
      const n = Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const bytes =
        unit === ''
          ? 2 ** n
          : n * (unit === 'b' ? 1 : unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : 1024 ** 3);
      max = Math.max(max, bytes);
    }
  }
  return max;
}

interface Run {
  code: number;
  out: string[];
}

async function instance(): Promise<{ mod: SevenZipModule; run: (args: string[]) => Run }> {
  const out: string[] = [];
  let code = 0;
  const SevenZip = await sevenZipFactory();
  const mod = await SevenZip({
    print: (s) => out.push(s),
    printErr: (s) => out.push(s),
    stdin: () => null as unknown as number, // EOF: a prompt gets no answer instead of blocking
    quit: (c) => {
      code = c;
    },
  });
  return {
    mod,
    run(args) {
      out.length = 0;
      code = 0;
      try {
        // callMain returns main's exit status (typed void in the package's declarations).
        const status = (mod.callMain as (a: string[]) => unknown)(args);
        if (typeof status === 'number' && status !== 0) code = status;
      } catch (err) {
        const status = (err as { status?: number }).status;
        code = typeof status === 'number' ? status : 2;
      }
      return { code, out: [...out] };
    },
  };
}

/** Parses `7zz l -slt` output: blocks of `Key = value` lines after the `----------` separator. */
export function parseListing(lines: readonly string[]): SevenZipEntry[] {
  const start = lines.indexOf('----------');
  if (start < 0) return [];
  const entries: SevenZipEntry[] = [];
  let cur: Record<string, string> = {};
  const flush = () => {
    if (cur.Path !== undefined) {
      entries.push({
        path: cur.Path,
        size: Number(cur.Size) || 0,
        isDirectory: cur.Folder === '+' || (cur.Attributes ?? '').startsWith('D'),
        encrypted: cur.Encrypted === '+',
        method: cur.Method,
      });
    }
    cur = {};
  };
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const eq = line.indexOf(' = ');
    if (eq > 0) cur[line.slice(0, eq)] = line.slice(eq + 3);
  }
  flush();
  return entries;
}

function walk(mod: SevenZipModule, dir: string, rel: string, out: { fsPath: string; rel: string }[]): void {
  for (const name of mod.FS.readdir(dir)) {
    if (name === '.' || name === '..') continue;
    const fsPath = `${dir}/${name}`;
    const st = mod.FS.lstat(fsPath);
    const r = rel ? `${rel}/${name}` : name;
    if (mod.FS.isDir(st.mode)) walk(mod, fsPath, r, out);
    else if (mod.FS.isFile(st.mode)) out.push({ fsPath, rel: r });
  }
}

type Report = (why: string) => void;

/** Checks the listing against the limits before anything is extracted; false when it must not be. */
function listingFits(ctx: AnalyzerContext, entries: readonly SevenZipEntry[]): boolean {
  const { source } = ctx;
  const where = label(source);
  if (entries.length > ctx.limits.maxMembers) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${where}: ${entries.length} members, over the ${ctx.limits.maxMembers} limit; not extracted`,
      }),
    );
    return false;
  }
  for (const e of entries) {
    const unsafe = unsafeMemberPath(e.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(e.path)} ${unsafe}`,
          member: [...source.member, e.path],
        }),
      );
    }
  }
  const memory = Math.max(0, ...entries.map((e) => (e.method ? declaredDecoderMemory(e.method) : 0)));
  if (memory > ctx.limits.maxMemberBytes) {
    reportBomb(
      ctx,
      [...source.member],
      'member',
      `a coder declares ${memory} bytes of decoder memory (dictionary), over the ${ctx.limits.maxMemberBytes} byte limit; not extracted (Python's 7z readers reserve it lazily and would extract the archive)`,
      { declaredMemory: memory, methods: [...new Set(entries.flatMap((e) => (e.method ? [e.method] : [])))] },
    );
    return false;
  }
  const declared = entries.reduce((n, e) => n + (e.isDirectory ? 0 : e.size), 0);
  const { cap, limit } = expansionCap(source.size, { limits: ctx.limits, budget: ctx.budget });
  if (declared > cap) {
    reportBomb(ctx, [...source.member], limit, `7z members declare ${declared} bytes (cap ${cap})`, {
      declared,
      cap,
      compressed: source.size,
    });
    return false;
  }
  return true;
}

/** Fail closed on an extraction that failed, or that left listed members out or short. */
function checkExtraction(
  opaque: Report,
  entries: readonly SevenZipEntry[],
  extracted: Run,
  sizes: ReadonlyMap<string, number>,
): void {
  const encrypted = entries.filter((e) => e.encrypted).map((e) => e.path);
  if (encrypted.length) {
    opaque(`encrypted members (${encrypted.slice(0, 5).join(', ')})`);
    return;
  }
  const missing = entries.filter((e) => !e.isDirectory && e.size > 0 && sizes.get(e.path) !== e.size);
  if (extracted.code !== 0 || missing.length) {
    const why = extracted.out
      .filter((l) => /error|cannot|can't|not enough/i.test(l))
      .slice(0, 3)
      .join('; ');
    opaque(
      `extraction failed (exit ${extracted.code}${why ? `: ${why}` : ''}; ${missing.length} listed members missing or short: ${missing
        .slice(0, 5)
        .map((e) => e.path)
        .join(', ')}); members extracted before the error were scanned`,
    );
  }
}

export async function analyze7z(ctx: AnalyzerContext): Promise<void> {
  const { source } = ctx;
  const opaque: Report = (why) =>
    ctx.report(
      finding(OPAQUE_ARCHIVE, {
        message: `${label(source)} is a 7z archive modelvet cannot inspect: ${why}`,
        evidence: { kind: ctx.kind },
      }),
    );
  if (source.size > ctx.limits.maxMemberBytes) {
    opaque(
      `${source.size} bytes is over the ${ctx.limits.maxMemberBytes} byte limit for archives read in memory`,
    );
    return;
  }
  const data = await readAll(source, ctx.limits.maxMemberBytes);
  const { mod, run } = await instance();
  mod.FS.writeFile('/in.7z', data);
  const listing = run(['l', '-slt', '-p-', '-y', '/in.7z']);
  const entries = parseListing(listing.out);
  if (listing.code !== 0 || (entries.length === 0 && !listing.out.includes('----------'))) {
    opaque(
      `the listing failed (${listing.out.filter((l) => /error|cannot|wrong/i.test(l)).join('; ') || `exit ${listing.code}`})`,
    );
    return;
  }
  if (!listingFits(ctx, entries)) return;
  const extracted = run(['x', '-y', '-p-', '-bsp0', '-o/out', '/in.7z']);
  mod.FS.unlink('/in.7z');
  const files: { fsPath: string; rel: string }[] = [];
  try {
    walk(mod, '/out', '', files);
  } catch {
    // Nothing was extracted.
  }
  const sizes = new Map(files.map((f) => [f.rel, mod.FS.stat(f.fsPath).size as number]));
  checkExtraction(opaque, entries, extracted, sizes);
  let produced = 0;
  for (const n of sizes.values()) produced += n;
  ctx.budget.charge(produced);
  for (const f of files) {
    const bytes = mod.FS.readFile(f.fsPath);
    mod.FS.unlink(f.fsPath);
    const base = f.rel.split('/').at(-1) ?? f.rel;
    await ctx.scanMember(new BufferSource(bytes, source.path, [...source.member, f.rel]), base);
  }
}
