import {
  ARCHIVE_LINK,
  ARCHIVE_PATH_TRAVERSAL,
  ARCHIVE_TOO_MANY_MEMBERS
} from "./chunk-L522SPEH.js";
import {
  defineRule
} from "./chunk-GMZN3B2T.js";
import {
  __export
} from "./chunk-YKEYWHWZ.js";

// src/formats/zip/rules.ts
var rules_exports = {};
__export(rules_exports, {
  ISSUE_RULES: () => ISSUE_RULES,
  ZIP_AMBIGUOUS: () => ZIP_AMBIGUOUS,
  ZIP_BAD_CRC: () => ZIP_BAD_CRC,
  ZIP_DUPLICATE_NAME: () => ZIP_DUPLICATE_NAME,
  ZIP_FLAG_BITS: () => ZIP_FLAG_BITS,
  ZIP_HIDDEN_ENTRY: () => ZIP_HIDDEN_ENTRY,
  ZIP_LOADER_DIFFERENTIAL: () => ZIP_LOADER_DIFFERENTIAL,
  ZIP_MALFORMED: () => ZIP_MALFORMED,
  ZIP_NAME_MISMATCH: () => ZIP_NAME_MISMATCH,
  ZIP_OUT_OF_BOUNDS: () => ZIP_OUT_OF_BOUNDS,
  ZIP_OVERLAP: () => ZIP_OVERLAP,
  ZIP_POLYGLOT: () => ZIP_POLYGLOT,
  ZIP_PREFIX: () => ZIP_PREFIX,
  ZIP_SIZE_MISMATCH: () => ZIP_SIZE_MISMATCH,
  ZIP_UNREFERENCED_DATA: () => ZIP_UNREFERENCED_DATA
});
var ZIP_MALFORMED = defineRule({
  id: "zip/malformed",
  severity: "high",
  title: "Zip archive is malformed",
  tags: ["zip", "fail-closed"],
  explain: `The zip could not be read as a whole: no end-of-central-directory record, a central
directory that is truncated or fewer entries than announced, a local header missing where the
central directory points, or member data that cannot be located. Loaders differ in how they handle
such damage, so what one reader skips another may load. Without a central directory modelvet scans
the local entries a streaming reader would extract; whatever could not be read was not scanned.

Fix: re-create the archive (torch.save, numpy.savez, zip) from the original files.`
});
var ZIP_NAME_MISMATCH = defineRule({
  id: "zip/name-mismatch",
  severity: "high",
  title: "Zip local header name differs from the central directory",
  tags: ["zip", "evasion"],
  explain: `Each zip member is named twice: in the central directory and in its local header.
PyTorch looks members up by the central-directory name and ignores the local one, while Python's
zipfile refuses the archive and streaming readers use the local name. Scanners built on those readers
skipped such archives (CVE-2025-1944), so a mismatch is a deliberate evasion, not an accident.
modelvet scans the member under its central-directory name, as PyTorch loads it.

Fix: re-create the archive; a legitimate tool never writes two names.`
});
var ZIP_FLAG_BITS = defineRule({
  id: "zip/flag-bits",
  severity: "high",
  title: "Zip member flagged encrypted or patched but readable",
  tags: ["zip", "evasion"],
  explain: `The member's general-purpose flags claim encryption (0x1, 0x40), patched data (0x20) or
masked headers (0x2000). Readers treat them differently: PyTorch's reader ignores the local header's
flags and loads the bytes as they are, Python's zipfile refuses such members, other tools prompt for a
password or skip them, so scanners built on one reader skipped what another loads (CVE-2025-1945).
modelvet reads the member's bytes as they are and scans them.

Fix: re-create the archive without the flags.`
});
var ZIP_BAD_CRC = defineRule({
  id: "zip/bad-crc",
  severity: "high",
  title: "Zip member CRC does not match its data",
  tags: ["zip", "evasion"],
  explain: `The CRC-32 recorded for the member does not match its bytes. PyTorch does not check
CRCs, so the member loads anyway, while strict readers (Python's zipfile) raise an error; scanners
that stop at that error miss the payload (CVE-2025-10156). A CRC mismatch also means the file was
altered after it was written. modelvet scans the member regardless.

Fix: re-create the archive from trusted files and compare its hash with the publisher's.`
});
var ZIP_OVERLAP = defineRule({
  id: "zip/overlapping-entries",
  severity: "high",
  title: "Zip entries share bytes",
  tags: ["zip", "evasion", "denial-of-service"],
  explain: `Two central-directory entries point into the same bytes, or an entry runs into the
central directory. Legitimate writers never do this; overlapping entries build "non-recursive" zip
bombs and let one member's bytes be read under another name, so the same data is seen differently
by different readers.

Fix: re-create the archive.`
});
var ZIP_OUT_OF_BOUNDS = defineRule({
  id: "zip/out-of-bounds",
  severity: "high",
  title: "Zip entry points outside the file",
  tags: ["zip", "fail-closed"],
  explain: `An entry's local header or data lies past the end of the file: the archive is truncated
or was crafted so that readers disagree about its members. The member could not be scanned.

Fix: re-download the file; if it persists, re-create the archive.`
});
var ZIP_DUPLICATE_NAME = defineRule({
  id: "zip/duplicate-name",
  severity: "high",
  title: "Several zip entries have the same name",
  tags: ["zip", "evasion"],
  explain: `Two or more entries share a name. Readers disagree on which one a lookup returns (the
first, the last, or an error), so a scanner may vet one copy while the loader reads the other.
modelvet scans every copy.

Fix: re-create the archive with unique names.`
});
var ZIP_PREFIX = defineRule({
  id: "zip/prefix-data",
  severity: "medium",
  title: "Data before the zip archive",
  tags: ["zip", "polyglot"],
  explain: `Bytes precede the archive and its offsets are relative to a later start. Self-extracting
archives look like this; so do polyglots built to be read as two formats. Python's zipfile opens it,
PyTorch's reader does not. The zip part was scanned; the prefix was sniffed by the file's kind only.

Fix: publish the archive without the prefix.`
});
var ZIP_AMBIGUOUS = defineRule({
  id: "zip/ambiguous-directory",
  severity: "high",
  title: "Zip has two central directories",
  tags: ["zip", "evasion"],
  explain: `PyTorch's reader (miniz) finds the central directory at the offset the end records state;
Python's zipfile finds it right before the end records. Here those are two different places, each
holding a directory. Today both list the same members (when they do not, the finding is
zip/loader-differential), but a real writer never leaves two directories: the archive was edited or
built to be read differently by different tools. modelvet scans every entry of both.

Fix: re-create the archive.`
});
var ZIP_SIZE_MISMATCH = defineRule({
  id: "zip/size-mismatch",
  severity: "medium",
  title: "Zip member size differs from the recorded size",
  tags: ["zip"],
  explain: `The member's data is not the size its headers record (a stored member whose compressed and
uncompressed sizes differ, or deflate output of another length). Readers that trust the recorded
size read different bytes from readers that decompress to the end. modelvet scans what it read.

Fix: re-create the archive.`
});
var ZIP_HIDDEN_ENTRY = defineRule({
  id: "zip/hidden-entry",
  severity: "high",
  title: "Zip entry hidden from the central directory",
  tags: ["zip", "evasion"],
  explain: `A local file header with data sits in bytes the central directory does not list.
Readers that use the central directory (PyTorch, Python's zipfile) never see it; streaming readers and
extraction tools that walk local headers extract it. Two readers therefore get different archives,
which is how a payload reaches one tool while scanners vet the other view. modelvet scans the
hidden entry as well.

Fix: re-create the archive.`
});
var ZIP_UNREFERENCED_DATA = defineRule({
  id: "zip/unreferenced-data",
  severity: "low",
  title: "Zip archive has bytes that belong to no entry",
  tags: ["zip"],
  explain: `Between entries, or before the central directory, lie bytes no entry accounts for (beyond
a data descriptor). Writers do not leave such gaps; they appear when an archive is edited in place or
data is smuggled in. No local header was found in them, so nothing there is extractable as a member.
Reported for review.`
});
var ZIP_LOADER_DIFFERENTIAL = defineRule({
  id: "zip/loader-differential",
  severity: "high",
  title: "PyTorch and Python's zipfile see different members",
  tags: ["zip", "evasion"],
  explain: `PyTorch (torch.load, through the miniz library) and Python's zipfile (np.load, Keras,
joblib users, most tools) find a zip's members in different ways: miniz follows the zip64 locator's
offset and the directory offset the end record states, reads exactly the announced number of entries
and compares names case-insensitively; zipfile reads the zip64 record at a fixed place before the
locator, reads the directory right before the end records (shifting every offset when they disagree)
by its size, cuts names at a NUL byte and takes a Unicode Path extra field as the name. Here the two
member lists differ, or one of them cannot open the archive at all: a second directory, entries past
the announced count, a concatenated archive. Real writers (torch.save, numpy.savez, zipfile, zip)
never produce this. modelvet scans every member either loader would open.

Fix: do not load the file; obtain the model from its publisher again.`
});
var ISSUE_RULES = {
  "name-mismatch": ZIP_NAME_MISMATCH,
  "flag-bits": ZIP_FLAG_BITS,
  "local-header": ZIP_MALFORMED,
  overlap: ZIP_OVERLAP,
  "out-of-bounds": ZIP_OUT_OF_BOUNDS,
  "duplicate-name": ZIP_DUPLICATE_NAME,
  "unsafe-path": ARCHIVE_PATH_TRAVERSAL,
  prefix: ZIP_PREFIX,
  "ambiguous-directory": ZIP_AMBIGUOUS,
  "loader-differential": ZIP_LOADER_DIFFERENTIAL,
  "entry-count": ARCHIVE_TOO_MANY_MEMBERS,
  "truncated-directory": ZIP_MALFORMED,
  // Symlinks are judged by their target once it is read (see scanEntry).
  symlink: ARCHIVE_LINK,
  "hidden-entry": ZIP_HIDDEN_ENTRY,
  "unreferenced-data": ZIP_UNREFERENCED_DATA
};
var ZIP_POLYGLOT = defineRule({
  id: "zip/polyglot",
  severity: "high",
  title: "File is another format and a zip archive at once",
  tags: ["zip", "polyglot", "evasion"],
  explain: `The file starts as one format (a pickle, NumPy array, safetensors, an image...) and also
ends with a valid zip central directory, so readers that look at the start and readers that look at
the end (Python's zipfile, numpy.load on a zip, many extractors) load different content. torch.load
treats a file as a zip only when it starts with "PK", so a pickle head runs through the legacy
loader while scanners that sniff the zip scan only the archive, or the other way round. modelvet
scans both views.

Fix: publish each artifact as a single format.`
});

export {
  ZIP_MALFORMED,
  ZIP_BAD_CRC,
  ZIP_SIZE_MISMATCH,
  ISSUE_RULES,
  ZIP_POLYGLOT,
  rules_exports
};
