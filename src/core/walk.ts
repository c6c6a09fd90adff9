/**
 * discover: turns the paths a user gave into a stable, sorted list of regular files to scan.
 *
 * Symlinks are resolved but never followed out of the target root: a link whose real path leaves
 * the root is a finding and is not read (a model folder that points at ~/.ssh must not make us
 * hash, or a loader read, a file the publisher never shipped). Links to directories inside the root
 * are not descended (loops); the files they point at are already in the walk. FIFOs, sockets and
 * devices are reported and never opened (opening a FIFO blocks forever).
 */
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve, sep } from 'node:path';
import { describeError } from './errors.ts';
import { isWithin } from './paths.ts';
import { defineRule, type Finding, finding } from './finding.ts';

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

modelvet never follows such a link. Fix: replace the link with the real file, or remove it. A
Hugging Face cache snapshot legitimately links to ../../blobs: scan the models--org--name folder
(the cache root for that repository), not the snapshot folder alone.`,
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

export interface DiscoveredFile {
  /** Path relative to the target root, posix separators ('' never: a single-file target uses its base name). */
  rel: string;
  /** What reports show: the target as typed joined with `rel`. */
  display: string;
  /** Path to open (a link inside the root is opened through its real path). */
  fsPath: string;
  size: number;
  /** For a symlink: what it points at (readlink text). */
  symlinkTarget?: string;
}

export interface Target {
  /** The path as the user typed it (what reports show). */
  input: string;
  /** The same path, absolute (resolved against the working directory given to the walk), to open. */
  path: string;
  /** Absolute, real path of the root folder (the file's folder for a file target). */
  root: string;
  isDirectory: boolean;
  files: DiscoveredFile[];
  findings: Finding[];
  /** Folders left out of the walk on purpose (e.g. `.git`), relative to the root. */
  skipped: string[];
}

export interface DiscoverOptions {
  /** Folder names never descended (compared with each path component). Default: `.git`. */
  skipDirs?: readonly string[];
  /** Folder a relative `input` is relative to (default: the process's working directory). */
  cwd?: string;
}

const toPosix = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

/** Sorts by the UTF-8 bytes of a key (stable across locales), encoding each key once. */
function sortByBytes<T>(items: T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, bytes: Buffer.from(key(item)) }))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map((e) => e.item);
}

/** Walks one target. Throws only when the target itself does not exist or cannot be read. */
export async function discoverTarget(input: string, options: DiscoverOptions = {}): Promise<Target> {
  const skipDirs = new Set(options.skipDirs ?? ['.git']);
  const abs = options.cwd === undefined ? resolve(input) : resolve(options.cwd, input);
  const st = await stat(abs); // follows a link given on the command line: the user named it
  const displayBase = toPosix(input).replace(/\/+$/, '') || '/';
  if (!st.isDirectory()) {
    const real = await realpath(abs);
    const target: Target = {
      input,
      path: abs,
      root: resolve(real, '..'),
      isDirectory: false,
      files: [],
      findings: [],
      skipped: [],
    };
    if (!st.isFile()) {
      target.findings.push(
        finding(SPECIAL_FILE, {
          path: displayBase,
          message: `${displayBase} is not a regular file; not read`,
        }),
      );
    } else {
      target.files.push({ rel: basename(real), display: displayBase, fsPath: real, size: st.size });
    }
    return target;
  }
  const root = await realpath(abs);
  const target: Target = { input, path: abs, root, isDirectory: true, files: [], findings: [], skipped: [] };
  const display = (rel: string) => (displayBase === '.' ? rel : `${displayBase}/${rel}`);

  const walk = async (dir: string, relDir: string): Promise<void> => {
    let entries: string[];
    try {
      entries = await readdir(dir); // the files are sorted once, at the end
    } catch (err) {
      const path = relDir ? display(relDir) : displayBase;
      target.findings.push(finding(UNREADABLE_PATH, { path, message: describeError(err, path) }));
      return;
    }
    for (const name of entries) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const full = join(dir, name);
      const shown = display(rel);
      let lst: Awaited<ReturnType<typeof lstat>>;
      try {
        lst = await lstat(full);
      } catch (err) {
        target.findings.push(finding(UNREADABLE_PATH, { path: shown, message: describeError(err, shown) }));
        continue;
      }
      if (lst.isDirectory()) {
        if (skipDirs.has(name)) {
          target.skipped.push(rel);
          continue;
        }
        await walk(full, rel);
      } else if (lst.isFile()) {
        target.files.push({ rel, display: shown, fsPath: full, size: lst.size });
      } else if (lst.isSymbolicLink()) {
        const linkText = await readlink(full).catch(() => '?');
        let real: string | undefined;
        try {
          real = await realpath(full);
        } catch {
          real = undefined;
        }
        if (real === undefined || !isWithin(root, real)) {
          target.findings.push(
            finding(SYMLINK_ESCAPE, {
              path: shown,
              message:
                real === undefined
                  ? `symbolic link ${shown} -> ${linkText} dangles or loops; not followed`
                  : `symbolic link ${shown} -> ${linkText} resolves outside the scanned folder; not followed`,
              evidence: { link: linkText, ...(real !== undefined ? { resolved: real } : {}) },
            }),
          );
          continue;
        }
        const rst = await stat(real).catch(() => undefined);
        if (rst?.isFile()) {
          target.files.push({ rel, display: shown, fsPath: real, size: rst.size, symlinkTarget: linkText });
        } else if (rst && !rst.isDirectory()) {
          target.findings.push(
            finding(SPECIAL_FILE, { path: shown, message: `${shown} links to a special file; not read` }),
          );
        }
        // A link to a folder inside the root: its files are walked where they really are.
      } else {
        target.findings.push(
          finding(SPECIAL_FILE, { path: shown, message: `${shown} is a FIFO, socket or device; not read` }),
        );
      }
    }
  };
  await walk(root, '');
  target.files = sortByBytes(target.files, (f) => f.rel);
  target.skipped = sortByBytes(target.skipped, (s) => s);
  return target;
}
