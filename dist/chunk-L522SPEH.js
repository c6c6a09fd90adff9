import {
  policyKey
} from "./chunk-F3WAQ6K6.js";
import {
  isRootedName
} from "./chunk-DRNDJL4J.js";
import {
  defineRule,
  finding,
  label
} from "./chunk-GMZN3B2T.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/formats/compressed/archive-rules.ts
var archive_rules_exports = {};
__export(archive_rules_exports, {
  ARCHIVE_BOMB: () => ARCHIVE_BOMB,
  ARCHIVE_LINK: () => ARCHIVE_LINK,
  ARCHIVE_LINK_ESCAPE: () => ARCHIVE_LINK_ESCAPE,
  ARCHIVE_PATH_TRAVERSAL: () => ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS: () => ARCHIVE_TOO_MANY_MEMBERS,
  ARCHIVE_UNSUPPORTED_COMPRESSION: () => ARCHIVE_UNSUPPORTED_COMPRESSION,
  linkEscapes: () => linkEscapes,
  reportBomb: () => reportBomb,
  reportFailedExpansion: () => reportFailedExpansion
});
var ARCHIVE_BOMB = defineRule({
  id: "archive/bomb",
  severity: "high",
  title: "Decompression bomb: member expands past a limit",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `A compressed member expands further than modelvet allows: more than the compression
ratio limit (200:1 by default, checked once a member passes 4 MiB), more than the largest member kept
in memory (512 MiB), or more than the total expansion budget for one file on disk (4 GiB).
Decompression stopped at the limit, so the rest of the member was not scanned. Real model files are
stored uncompressed (PyTorch) or compress modestly; ratios like 1000:1 are the mark of a zip bomb,
which exhausts memory or disk of whatever unpacks it and can hide a payload past a scanner's limit.

Fix: ship the content uncompressed or as separate files. If the archive is legitimate, ignore this
rule for its path in a policy (${policyKey("ignore")}, with a reason); library callers can raise the
scan limits.`
});
var ARCHIVE_PATH_TRAVERSAL = defineRule({
  id: "archive/path-traversal",
  severity: "high",
  title: "Archive member path escapes the extraction folder",
  tags: ["archive", "path-traversal"],
  explain: `A member name is absolute (/etc/...), starts with a drive letter, contains a ".."
component or a NUL byte. Extracting the archive with a tool that trusts names writes outside the
target folder ("zip slip"), for example over a shell profile or a Python file that runs later.
Model archives never need such names.

Fix: rebuild the archive with relative member names.`
});
var ARCHIVE_LINK_ESCAPE = defineRule({
  id: "archive/link-escape",
  severity: "high",
  title: "Archive link points outside the archive",
  tags: ["archive", "path-traversal"],
  explain: `A symbolic or hard link in the archive points to an absolute path or climbs out of the
extraction folder with "..". Extracting it creates a link to, say, /etc/passwd or ~/.ssh, and a later
member written through the link overwrites that file; a loader following it reads files it should
not. Model archives have no reason to contain such links.

Fix: replace the link by the file it should contain, or remove it.`
});
var ARCHIVE_LINK = defineRule({
  id: "archive/link",
  severity: "low",
  title: "Archive contains a link",
  tags: ["archive"],
  explain: `A symbolic or hard link inside the archive points to another member. It stays inside the
archive, so it is not dangerous by itself, but links let one name stand for another: what a scanner
reads under one name is what a loader gets under another. Fix: replace the link by the file, or if it
is expected, ignore this rule for the path in a policy (${policyKey("ignore")}, with a reason).`
});
var ARCHIVE_UNSUPPORTED_COMPRESSION = defineRule({
  id: "archive/unsupported-compression",
  severity: "high",
  title: "Archive member compressed with a method modelvet cannot read",
  tags: ["archive", "fail-closed"],
  explain: `A member is compressed with a method modelvet does not decompress (for zip, anything but
stored, deflate, bzip2, LZMA and zstd: every method PyTorch or Python's zipfile reads), or its
compressed data is corrupt. What a corrupt stream produced before the break is scanned (a loader that
reads it incrementally has already run those bytes), the rest was not, and a gate must not pass what
it could not read.

Fix: rebuild the archive with stored or deflate members, or ignore this rule for the path after
vetting the member another way.`
});
var ARCHIVE_TOO_MANY_MEMBERS = defineRule({
  id: "archive/too-many-members",
  severity: "high",
  title: "Archive has more members than the limit",
  tags: ["archive", "fail-closed", "denial-of-service"],
  explain: `The archive lists more members than modelvet's limit (100,000 by default); members past
the limit were not scanned. Real checkpoints have far fewer; huge member counts are used to exhaust
scanners. Fix: split the archive; if it is legitimate, ignore this rule for its path in a policy
(${policyKey("ignore")}, with a reason); library callers can raise the scan limits.`
});
function reportBomb(ctx, member, limit, message, evidence = {}) {
  ctx.report(
    finding(ARCHIVE_BOMB, {
      message: `${label({ path: ctx.source.path, member })}: ${message}; not scanned past the limit`,
      member: [...member],
      evidence: { limit, ...evidence }
    })
  );
}
function reportFailedExpansion(ctx, member, result, stream, kind) {
  if (result.reason === "limit") {
    reportBomb(
      ctx,
      member,
      result.limit,
      `${stream} expands past ${result.cap} bytes (${result.limit} limit) from ${result.compressed}`,
      { cap: result.cap, compressed: result.compressed }
    );
    return;
  }
  const scanned = result.data && result.data.length > 0;
  ctx.report(
    finding(ARCHIVE_UNSUPPORTED_COMPRESSION, {
      message: `${label(ctx.source)}: ${stream} cannot be decompressed past byte ${result.produced} (${result.message}); ${scanned ? "the bytes before the break were scanned" : "not scanned"}`,
      evidence: { kind, produced: result.produced }
    })
  );
}
function linkEscapes(dir, target) {
  if (isRootedName(target)) return true;
  let depth = dir.split(/[\\/]/).filter((p) => p && p !== ".").length;
  for (const part of target.split(/[\\/]/)) {
    if (part === "..") depth--;
    else if (part && part !== ".") depth++;
    if (depth < 0) return true;
  }
  return false;
}

export {
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_LINK_ESCAPE,
  ARCHIVE_LINK,
  ARCHIVE_UNSUPPORTED_COMPRESSION,
  ARCHIVE_TOO_MANY_MEMBERS,
  reportBomb,
  reportFailedExpansion,
  linkEscapes,
  archive_rules_exports
};
