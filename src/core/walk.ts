/**
 * discover: turns the paths a user gave into a stable, sorted list of regular files to scan.
 *
 * - Names are bytes (see paths.ts): every file is opened by the exact bytes the OS returned, and a
 *   name that is not UTF-8 or holds control characters is a finding.
 * - Symlinks are resolved but never followed out of the link root (the target, or the store that
 *   holds it): a link whose real path leaves it is a finding and is not read (a model folder that
 *   points at ~/.ssh must not make us hash, or a loader read, a file the publisher never shipped).
 * - Every link inside the link root is followed, to a file or to a folder, wherever it really lives
 *   (inside `.git`, which the walk itself skips, too): a loader opens the path it is given, so what a
 *   link reaches is what gets loaded. A link to a folder on its own path (a cycle) is reported and
 *   not descended; a folder reached through more than MAX_LINKED_VISITS links is reported once.
 * - FIFOs, sockets and devices are reported and never opened (opening a FIFO blocks forever).
 */
import { type Dirent, lstatSync, type Stats } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { describeError } from './errors.ts';
import { defineRule, type Finding, finding } from './finding.ts';
import { type FsPath, fsDecode, isWithin, joinBytes, suspiciousName, toFsPath } from './paths.ts';

export const SYMLINK_ESCAPE = defineRule({
  id: 'fs/symlink-escape',
  severity: 'high',
  title: 'Symbolic link points outside the scanned folder',
  tags: ['security', 'filesystem'],
  explain: `A symbolic link inside the model folder resolves to a path outside it (or dangles).

Why it matters: whoever loads the folder reads whatever the link names on their machine, not what
the publisher shipped. A link to ~/.ssh/id_rsa, /etc/passwd or a cloud credentials file turns a model
download into data exfiltration once the loader uploads or logs the "weights"; a link into another
model swaps its content.

modelvet never follows such a link. Fix: replace the link with the real file, or remove it. Links of
a Hugging Face cache snapshot into its repository's blobs/ folder are not escapes: modelvet finds the
cache around a snapshot folder and follows them.`,
});

export const SYMLINK_LOOP = defineRule({
  id: 'fs/symlink-loop',
  severity: 'low',
  title: 'Symbolic link loop',
  tags: ['filesystem'],
  explain: `A symbolic link points at a folder that contains the link (a cycle), or a chain of links
never ends. A loader that walks the folder recursively never finishes or fails; modelvet walks the
folder once and does not follow the link again. Every file in the cycle was still scanned.

Fix: remove the link; model folders do not need links between their own folders.`,
});

export const LINK_LIMIT = defineRule({
  id: 'fs/link-limit',
  severity: 'low',
  title: 'Folder reached through too many links',
  tags: ['filesystem'],
  explain: `A folder is reached through more than 8 symbolic links to folders. Links that fan out
(a links to b twice, b to c twice...) multiply the paths to a file exponentially, a way to make a
scanner run for hours. modelvet scans the folder's files through the first 8 paths and reports the
rest instead of walking them; every file was still scanned under at least one of its names.

Fix: replace the links with the files they point at, or remove them.`,
});

export const SUSPICIOUS_NAME = defineRule({
  id: 'fs/suspicious-name',
  severity: 'low',
  title: 'File name that is not UTF-8 or holds control characters',
  tags: ['filesystem'],
  explain: `A file or folder name is not valid UTF-8, or holds control characters (a newline, an
escape sequence), a line separator or a bidirectional control (CVE-2021-42574). Model publishers
never need such names. Tools decode them differently: Node and many viewers replace invalid bytes,
so \`model\\xff.bin\` and \`model\\xfe.bin\` look like one file, a newline in a name forges extra lines
in logs and CI annotations, and bidirectional controls make a name read differently from its bytes.

modelvet opens every file by its exact bytes and shows such names escaped (\`\\xff\`, \`\\x0a\`,
\`\\u{202e}\`, and \`\\\\\` for a backslash). Fix: rename the file to plain UTF-8 text.`,
});

export const SPECIAL_FILE = defineRule({
  id: 'fs/special-file',
  severity: 'medium',
  title: 'Special file (FIFO, socket or device) in the model folder',
  tags: ['filesystem'],
  explain: `The folder contains a named pipe, socket or device node. These are never part of a model:
reading a FIFO blocks forever and a device node can read hardware. modelvet does not open it.
Fix: remove it from the artifact.`,
});

export const UNREADABLE_PATH = defineRule({
  id: 'fs/unreadable',
  severity: 'high',
  title: 'File or folder could not be read',
  tags: ['filesystem', 'fail-closed'],
  explain: `modelvet could not read this path (permission denied, I/O error, or it vanished during
the scan). What cannot be read cannot be vetted, so the scan does not pass it silently.
Fix: make the path readable by the user running modelvet, or remove it from the artifact.`,
});

/** What a content-addressed store says about a file (filled by the store readers in src/verify/). */
export interface StoreBlob {
  store: 'hf-cache' | 'ollama';
  /** Absolute path of the store: the `models--org--name` folder, or the Ollama models folder. */
  root: string;
  /** The digest the blob's name promises. */
  algorithm: 'sha256' | 'git-sha1';
  digest: string;
  /** What users call it: its path in the snapshot (`model.safetensors`), or `library/llama3:8b`. */
  label: string;
  /** The path findings about its content are reported at (the display path, or the store's name for it). */
  display: string;
}

export interface DiscoveredFile {
  /**
   * Path relative to the target root, posix separators, as Python's `os.fsdecode` reads the name
   * bytes (undecodable bytes as lone surrogates): unique, and what a Python loader matches. A
   * single-file target uses its base name.
   */
  rel: string;
  /** The exact bytes of `rel`. */
  relBytes: Buffer;
  /** What reports show: the target as typed joined with `rel` (raw text: every reporter escapes it). */
  display: string;
  /** Path to open, by its exact bytes (a link inside the root is opened through its real path). */
  fsPath: FsPath;
  size: number;
  /** File mode bits (permissions: a script marked executable). */
  mode: number;
  /** For a symlink: what it points at (readlink text, decoded as os.fsdecode does). */
  symlinkTarget?: string;
  /** For a file reached through a link to a folder: that link's display path. */
  viaLink?: string;
  /** Set when the file is a blob of a Hugging Face cache or Ollama store. */
  store?: StoreBlob;
}

export interface Target {
  /** The path as the user typed it (what reports show). */
  input: string;
  /** The same path, absolute (resolved against the working directory given to the walk), to open. */
  path: string;
  /** Absolute, real path of the root folder (the file's folder for a file target). */
  root: string;
  /** Links may resolve anywhere inside this folder: the root, or the store that holds it. */
  linkRoot: string;
  isDirectory: boolean;
  files: DiscoveredFile[];
  findings: Finding[];
  /** Folders left out of the walk on purpose (e.g. `.git`), relative to the root, for display. */
  skipped: string[];
}

export interface DiscoverOptions {
  /** Folder names never descended (compared with each path component). Default: `.git`. */
  skipDirs?: readonly string[];
  /** Folder a relative `input` is relative to (default: the process's working directory). */
  cwd?: string;
  /**
   * A folder holding the target inside which links may resolve (default: the target itself): the
   * Hugging Face cache repository around a snapshot folder, whose links point at ../../blobs/.
   */
  linkRoot?: string;
}

/**
 * Size and mode of a regular file. Synchronous on purpose: the walk is a phase of its own, and an
 * lstat through the promise API costs this thread about twice the syscall (measured on 20,000
 * files); `throwIfNoEntry` keeps a file that vanished off the exception path.
 */
function fileStats(path: Buffer): Stats | Error {
  try {
    return (
      lstatSync(path, { throwIfNoEntry: false }) ?? Object.assign(new Error('vanished'), { code: 'ENOENT' })
    );
  } catch (err) {
    return err as Error;
  }
}

/** Paths through links to one folder walked before the rest is reported (LINK_LIMIT). */
export const MAX_LINKED_VISITS = 8;

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** How reports show a target's root: as typed, posix separators, no trailing slash. */
export const displayBaseOf = (input: string) => toPosix(input).replace(/\/+$/, '') || '/';

/** Where the walk is: the real folder it reads, and the names that led there. */
interface Place {
  /** Real path of the folder, as bytes. */
  real: Buffer;
  /** Relative path so far ('' at the root): decoded, raw and display forms. */
  rel: string;
  relBytes: Buffer;
  shown: string;
  /** Real paths (decoded) of this folder and its ancestors on this path: a link to one is a cycle. */
  ancestors: ReadonlySet<string>;
  /** Display path of the first link to a folder on this path. */
  via: string | undefined;
}

/** One entry of a folder, with the names it goes by. */
interface Entry {
  dirent: Dirent<Buffer>;
  path: Buffer;
  rel: string;
  relBytes: Buffer;
  shown: string;
  display: string;
}

/** Walks one target. Throws only when the target itself does not exist or cannot be read. */
export async function discoverTarget(input: string, options: DiscoverOptions = {}): Promise<Target> {
  const abs = options.cwd === undefined ? resolve(input) : resolve(options.cwd, input);
  const st = await stat(abs); // follows a link given on the command line: the user named it
  const displayBase = displayBaseOf(input);
  const real = await realpath(abs, { encoding: 'buffer' });
  if (!st.isDirectory()) return fileTarget(input, abs, displayBase, real, st);
  const root = fsDecode(real);
  const target: Target = {
    input,
    path: abs,
    root,
    linkRoot: options.linkRoot ?? root,
    isDirectory: true,
    files: [],
    findings: [],
    skipped: [],
  };
  const walk = new TargetWalk(target, displayBase, options.skipDirs ?? ['.git']);
  await walk.folder({
    real,
    rel: '',
    relBytes: Buffer.alloc(0),
    shown: '',
    ancestors: new Set([root]),
    via: undefined,
  });
  target.files.sort((a, b) => Buffer.compare(a.relBytes, b.relBytes));
  target.skipped.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  return target;
}

function fileTarget(input: string, path: string, displayBase: string, real: Buffer, st: Stats): Target {
  const slash = real.lastIndexOf(sep.charCodeAt(0));
  const nameBytes = Buffer.from(real.subarray(slash + 1));
  const root = fsDecode(real.subarray(0, Math.max(1, slash)));
  const target: Target = {
    input,
    path,
    root,
    linkRoot: root,
    isDirectory: false,
    files: [],
    findings: [],
    skipped: [],
  };
  if (!st.isFile()) {
    target.findings.push(
      finding(SPECIAL_FILE, { path: displayBase, message: `${displayBase} is not a regular file; not read` }),
    );
    return target;
  }
  target.files.push({
    rel: fsDecode(nameBytes),
    relBytes: nameBytes,
    display: displayBase,
    fsPath: toFsPath(real),
    size: st.size,
    mode: st.mode,
  });
  return target;
}

/** The walk of one folder target: what it found so far and how often each folder was reached by links. */
class TargetWalk {
  private readonly linkedVisits = new Map<string, number>();
  private readonly target: Target;
  private readonly displayBase: string;
  private readonly skipDirs: ReadonlySet<string>;

  constructor(target: Target, displayBase: string, skipDirs: readonly string[]) {
    this.target = target;
    this.displayBase = displayBase;
    this.skipDirs = new Set(skipDirs);
  }

  private display(shown: string): string {
    if (shown === '') return this.displayBase;
    return this.displayBase === '.' ? shown : `${this.displayBase}/${shown}`;
  }

  private report(f: Finding): void {
    this.target.findings.push(f);
  }

  async folder(at: Place): Promise<void> {
    let dirents: Dirent<Buffer>[];
    try {
      dirents = await readdir(at.real, { encoding: 'buffer', withFileTypes: true });
    } catch (err) {
      const path = this.display(at.shown);
      this.report(finding(UNREADABLE_PATH, { path, message: describeError(err, path) }));
      return;
    }
    // Sorted by bytes so that which paths a link limit cuts off does not depend on the file system.
    dirents.sort((a, b) => Buffer.compare(a.name, b.name));
    for (const d of dirents) await this.visit(at, this.entry(at, d));
  }

  private entry(at: Place, dirent: Dirent<Buffer>): Entry {
    const name = dirent.name;
    const relBytes = at.rel === '' ? name : joinBytes(at.relBytes, name);
    // Raw text (os.fsdecode form): reporters escape what they print (src/core/sanitize.ts).
    const shown = at.shown === '' ? fsDecode(name) : `${at.shown}/${fsDecode(name)}`;
    return {
      dirent,
      path: joinBytes(at.real, name),
      rel: at.rel === '' ? fsDecode(name) : `${at.rel}/${fsDecode(name)}`,
      relBytes,
      shown,
      display: this.display(shown),
    };
  }

  private async visit(at: Place, e: Entry): Promise<void> {
    const why = suspiciousName(e.dirent.name);
    if (why) {
      this.report(
        finding(SUSPICIOUS_NAME, {
          path: e.display,
          message: `the name of ${e.display} ${why}`,
          evidence: { nameHex: e.dirent.name.toString('hex') },
        }),
      );
    }
    const d = e.dirent;
    if (d.isDirectory()) {
      if (this.skipDirs.has(d.name.toString('latin1'))) {
        this.target.skipped.push(e.shown);
        return;
      }
      const key = fsDecode(e.path);
      await this.folder({ ...this.placeOf(e, e.path, at.via), ancestors: new Set([...at.ancestors, key]) });
    } else if (d.isFile()) {
      const st = fileStats(e.path);
      if (st instanceof Error) {
        this.report(finding(UNREADABLE_PATH, { path: e.display, message: describeError(st, e.display) }));
        return;
      }
      this.addFile(e, e.path, st, at.via);
    } else if (d.isSymbolicLink()) {
      await this.link(at, e);
    } else {
      this.report(
        finding(SPECIAL_FILE, {
          path: e.display,
          message: `${e.display} is a FIFO, socket or device; not read`,
        }),
      );
    }
  }

  private placeOf(e: Entry, real: Buffer, via: string | undefined): Omit<Place, 'ancestors'> {
    return { real, rel: e.rel, relBytes: e.relBytes, shown: e.shown, via };
  }

  private addFile(e: Entry, real: Buffer, st: Stats, via: string | undefined, linkText?: string): void {
    this.target.files.push({
      rel: e.rel,
      relBytes: e.relBytes,
      display: e.display,
      fsPath: toFsPath(real),
      size: st.size,
      mode: st.mode,
      symlinkTarget: linkText,
      viaLink: via,
    });
  }

  /** A link: followed when it resolves inside the link root, to a file or (unless a cycle) a folder. */
  private async link(at: Place, e: Entry): Promise<void> {
    const text = await readlink(e.path, { encoding: 'buffer' }).then(fsDecode, () => '?');
    const real = await realpath(e.path, { encoding: 'buffer' }).catch((err: NodeJS.ErrnoException) => err);
    if (real instanceof Error) {
      const loop = real.code === 'ELOOP';
      this.report(
        finding(loop ? SYMLINK_LOOP : SYMLINK_ESCAPE, {
          path: e.display,
          message: loop
            ? `symbolic link ${e.display} -> ${text} is a chain of links that never ends; not followed`
            : `symbolic link ${e.display} -> ${text} dangles; not followed`,
          evidence: { link: text },
        }),
      );
      return;
    }
    const realText = fsDecode(real);
    if (!isWithin(this.target.linkRoot, realText)) {
      this.report(
        finding(SYMLINK_ESCAPE, {
          path: e.display,
          message: `symbolic link ${e.display} -> ${text} resolves outside the scanned folder; not followed`,
          evidence: { link: text, resolved: fsDecode(real) },
        }),
      );
      return;
    }
    const st = await stat(real).catch((err: Error) => err);
    if (st instanceof Error) {
      this.report(finding(UNREADABLE_PATH, { path: e.display, message: describeError(st, e.display) }));
    } else if (st.isFile()) {
      this.addFile(e, real, st, at.via, text);
    } else if (st.isDirectory()) {
      await this.linkedFolder(at, e, real, realText, text);
    } else {
      this.report(
        finding(SPECIAL_FILE, { path: e.display, message: `${e.display} links to a special file; not read` }),
      );
    }
  }

  private async linkedFolder(at: Place, e: Entry, real: Buffer, key: string, text: string): Promise<void> {
    if (at.ancestors.has(key)) {
      this.report(
        finding(SYMLINK_LOOP, {
          path: e.display,
          message: `symbolic link ${e.display} -> ${text} points at a folder that contains it; not followed again`,
          evidence: { link: text, resolved: fsDecode(real) },
        }),
      );
      return;
    }
    const visits = this.linkedVisits.get(key) ?? 0;
    this.linkedVisits.set(key, visits + 1);
    if (visits >= MAX_LINKED_VISITS) {
      if (visits === MAX_LINKED_VISITS) {
        this.report(
          finding(LINK_LIMIT, {
            path: e.display,
            message: `${fsDecode(real)} is reached through more than ${MAX_LINKED_VISITS} links; ${e.display} and further links to it are not walked`,
            evidence: { link: text, resolved: fsDecode(real), limit: MAX_LINKED_VISITS },
          }),
        );
      }
      return;
    }
    await this.folder({
      ...this.placeOf(e, real, at.via ?? e.display),
      ancestors: new Set([...at.ancestors, key]),
    });
  }
}
