import { a as expansionCap } from './chunk-mjagBjGy.js';
import './chunk-BdnUzdfK.js';
import { bl as OPAQUE_ARCHIVE, aN as ARCHIVE_TOO_MANY_MEMBERS, aP as ARCHIVE_PATH_TRAVERSAL, b2 as reportBomb } from './chunk-B-6LZOx6.js';
import { e as readAll, B as BufferSource, f as finding, l as label, ab as unsafeMemberPath } from './chunk-CXVaUTXl.js';
import { G as load7zWasm } from './chunk-C9VzFTM1.js';
import { M as ModelvetError } from './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';

// src/formats/sevenzip/analyze.ts
async function sevenZipFactory() {
  const loaded = (await load7zWasm()).default;
  const factory = typeof loaded === "function" ? loaded : loaded?.default;
  if (typeof factory !== "function") throw new ModelvetError("INTERNAL", "7z-wasm exports no module factory");
  return factory;
}
function declaredDecoderMemory(method) {
  let max = 0;
  for (const coder of method.split(/\s+/)) {
    const [name = "", ...params] = coder.split(":");
    const sized = /^LZMA2?$/i.test(name) ? params.slice(0, 1) : /^PPMD$/i.test(name) ? params.filter((p) => /^mem/i.test(p)).map((p) => p.slice(3)) : [];
    for (const p of sized) {
      const m = /^(\d+)([bkmg]?)$/i.exec(p);
      if (!m) continue;
      const n = Number(m[1]);
      const unit = m[2].toLowerCase();
      const bytes = unit === "" ? 2 ** n : n * (unit === "b" ? 1 : unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : 1024 ** 3);
      max = Math.max(max, bytes);
    }
  }
  return max;
}
async function instance() {
  const out = [];
  let code = 0;
  const SevenZip = await sevenZipFactory();
  const mod = await SevenZip({
    print: (s) => out.push(s),
    printErr: (s) => out.push(s),
    stdin: () => null,
    // EOF: a prompt gets no answer instead of blocking
    quit: (c) => {
      code = c;
    }
  });
  return {
    mod,
    run(args) {
      out.length = 0;
      code = 0;
      try {
        const status = mod.callMain(args);
        if (typeof status === "number" && status !== 0) code = status;
      } catch (err) {
        const status = err.status;
        code = typeof status === "number" ? status : 2;
      }
      return { code, out: [...out] };
    }
  };
}
function parseListing(lines) {
  const start = lines.indexOf("----------");
  if (start < 0) return [];
  const entries = [];
  let cur = {};
  const flush = () => {
    if (cur.Path !== void 0) {
      entries.push({
        path: cur.Path,
        size: Number(cur.Size) || 0,
        isDirectory: cur.Folder === "+" || (cur.Attributes ?? "").startsWith("D"),
        encrypted: cur.Encrypted === "+",
        method: cur.Method
      });
    }
    cur = {};
  };
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const eq = line.indexOf(" = ");
    if (eq > 0) cur[line.slice(0, eq)] = line.slice(eq + 3);
  }
  flush();
  return entries;
}
function walk(mod, dir, rel, out) {
  for (const name of mod.FS.readdir(dir)) {
    if (name === "." || name === "..") continue;
    const fsPath = `${dir}/${name}`;
    const st = mod.FS.lstat(fsPath);
    const r = rel ? `${rel}/${name}` : name;
    if (mod.FS.isDir(st.mode)) walk(mod, fsPath, r, out);
    else if (mod.FS.isFile(st.mode)) out.push({ fsPath, rel: r });
  }
}
function listingFits(ctx, entries) {
  const { source } = ctx;
  const where = label(source);
  if (entries.length > ctx.limits.maxMembers) {
    ctx.report(
      finding(ARCHIVE_TOO_MANY_MEMBERS, {
        message: `${where}: ${entries.length} members, over the ${ctx.limits.maxMembers} limit; not extracted`
      })
    );
    return false;
  }
  for (const e of entries) {
    const unsafe = unsafeMemberPath(e.path);
    if (unsafe) {
      ctx.report(
        finding(ARCHIVE_PATH_TRAVERSAL, {
          message: `${where}: member name ${JSON.stringify(e.path)} ${unsafe}`,
          member: [...source.member, e.path]
        })
      );
    }
  }
  const memory = Math.max(0, ...entries.map((e) => e.method ? declaredDecoderMemory(e.method) : 0));
  if (memory > ctx.limits.maxMemberBytes) {
    reportBomb(
      ctx,
      [...source.member],
      "member",
      `a coder declares ${memory} bytes of decoder memory (dictionary), over the ${ctx.limits.maxMemberBytes} byte limit; not extracted (Python's 7z readers reserve it lazily and would extract the archive)`,
      { declaredMemory: memory, methods: [...new Set(entries.flatMap((e) => e.method ? [e.method] : []))] }
    );
    return false;
  }
  const declared = entries.reduce((n, e) => n + (e.isDirectory ? 0 : e.size), 0);
  const { cap, limit } = expansionCap(source.size, { limits: ctx.limits, budget: ctx.budget });
  if (declared > cap) {
    reportBomb(ctx, [...source.member], limit, `7z members declare ${declared} bytes (cap ${cap})`, {
      declared,
      cap,
      compressed: source.size
    });
    return false;
  }
  return true;
}
function checkExtraction(opaque, entries, extracted, sizes) {
  const encrypted = entries.filter((e) => e.encrypted).map((e) => e.path);
  if (encrypted.length) {
    opaque(`encrypted members (${encrypted.slice(0, 5).join(", ")})`);
    return;
  }
  const missing = entries.filter((e) => !e.isDirectory && e.size > 0 && sizes.get(e.path) !== e.size);
  if (extracted.code !== 0 || missing.length) {
    const why = extracted.out.filter((l) => /error|cannot|can't|not enough/i.test(l)).slice(0, 3).join("; ");
    opaque(
      `extraction failed (exit ${extracted.code}${why ? `: ${why}` : ""}; ${missing.length} listed members missing or short: ${missing.slice(0, 5).map((e) => e.path).join(", ")}); members extracted before the error were scanned`
    );
  }
}
async function analyze7z(ctx) {
  const { source } = ctx;
  const opaque = (why) => ctx.report(
    finding(OPAQUE_ARCHIVE, {
      message: `${label(source)} is a 7z archive modelvet cannot inspect: ${why}`,
      evidence: { kind: ctx.kind }
    })
  );
  if (source.size > ctx.limits.maxMemberBytes) {
    opaque(
      `${source.size} bytes is over the ${ctx.limits.maxMemberBytes} byte limit for archives read in memory`
    );
    return;
  }
  const data = await readAll(source, ctx.limits.maxMemberBytes);
  const { mod, run } = await instance();
  mod.FS.writeFile("/in.7z", data);
  const listing = run(["l", "-slt", "-p-", "-y", "/in.7z"]);
  const entries = parseListing(listing.out);
  if (listing.code !== 0 || entries.length === 0 && !listing.out.includes("----------")) {
    opaque(
      `the listing failed (${listing.out.filter((l) => /error|cannot|wrong/i.test(l)).join("; ") || `exit ${listing.code}`})`
    );
    return;
  }
  if (!listingFits(ctx, entries)) return;
  const extracted = run(["x", "-y", "-p-", "-bsp0", "-o/out", "/in.7z"]);
  mod.FS.unlink("/in.7z");
  const files = [];
  try {
    walk(mod, "/out", "", files);
  } catch {
  }
  const sizes = new Map(files.map((f) => [f.rel, mod.FS.stat(f.fsPath).size]));
  checkExtraction(opaque, entries, extracted, sizes);
  let produced = 0;
  for (const n of sizes.values()) produced += n;
  ctx.budget.charge(produced);
  for (const f of files) {
    const bytes = mod.FS.readFile(f.fsPath);
    mod.FS.unlink(f.fsPath);
    const base = f.rel.split("/").at(-1) ?? f.rel;
    await ctx.scanMember(new BufferSource(bytes, source.path, [...source.member, f.rel]), base);
  }
}

export { analyze7z, declaredDecoderMemory, parseListing };
