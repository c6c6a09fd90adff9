import {
  KINDS
} from "./chunk-FY7H743B.js";
import {
  defineRule
} from "./chunk-GMZN3B2T.js";

// src/formats/tar/rules.ts
var TAR_MALFORMED = defineRule({
  id: "tar/malformed",
  severity: "high",
  title: "Tar archive is malformed or truncated",
  tags: ["tar", "fail-closed"],
  explain: `A tar header has a bad checksum, a member runs past the end of the file, or a metadata
record is too large. Readers differ on what they do next (stop, skip, resynchronise), so members after
the damage may be loaded by one tool and missed by another; modelvet did not scan past it.

Fix: re-create the archive from the original files.`
});
var TAR_UNSUPPORTED_MEMBER = defineRule({
  id: "tar/unsupported-member",
  severity: "high",
  title: "Tar member modelvet cannot read",
  tags: ["tar", "fail-closed"],
  explain: `The member is a GNU sparse file (its data is stored in pieces with holes) or another
entry type whose data modelvet does not reassemble. Its content was not scanned.

Fix: re-create the archive without --sparse, or ignore this rule for the path after vetting it.`
});
var TAR_AFTER_END = defineRule({
  id: "tar/member-after-end",
  severity: "high",
  title: "Tar member hidden after the end-of-archive marker",
  tags: ["tar", "evasion"],
  explain: `A valid member header follows the zero blocks that end a tar archive. Python's tarfile
(and so PyTorch's legacy loader) stops at the marker, while \`tar --ignore-zeros\` and other tools go
on and extract what follows: two readers see two archives, and a scanner that stops early misses
the rest. modelvet scans the members after the marker too.

Fix: re-create the archive.`
});
var TORCH_LEGACY_TAR = defineRule({
  id: "torch/legacy-tar",
  severity: "info",
  title: "PyTorch legacy tar checkpoint",
  tags: ["torch"],
  explain: `The file is a PyTorch checkpoint in the tar format of torch < 0.1.10 (members sys_info,
pickle, storages, tensors). torch.load still reads it and unpickles each of those members, so each
was scanned as a pickle. Consider converting it to safetensors.`
});
var TAR_PAX_MISMATCH = defineRule({
  id: "tar/pax-record-mismatch",
  severity: "high",
  title: "PAX record that tar readers read differently",
  tags: ["tar", "evasion"],
  explain: `A PAX extended header record is "LENGTH KEY=VALUE\\n", and Python's tarfile (so torch.load's
legacy tar path and Python unpacking tools) reads each record by its LENGTH. Here a value holds a
newline, so readers that split records on newlines (node-tar, some scanners) read other keys and
values than tarfile does: a member can be named one way for the loader and another for the scanner.
Real writers never put a newline in a path. modelvet names members as tarfile does.

Fix: re-create the archive.`
});
var TAR_LONG_NAME_MISMATCH = defineRule({
  id: "tar/long-name-mismatch",
  severity: "high",
  title: "GNU long name that tar readers read differently",
  tags: ["tar", "evasion"],
  explain: `A GNU long-name header ("././@LongLink") carries the next member's name in its data. Python's
tarfile reads the name up to the first NUL of the whole 512-byte blocks, padding included; GNU tar
and node-tar read as many bytes as the header declares. Here the two differ, so the member has one
name for Python loaders and another for other tools. modelvet names members as tarfile does.

Fix: re-create the archive.`
});

// src/formats/tar/sniff.ts
function tarChecksumValid(block) {
  if (block.length < 512) return false;
  const field = Buffer.from(block.subarray(148, 156)).toString("latin1");
  const m = /^\s*([0-7]{1,8})[\0 ]*$/.exec(field.replace(/\0+$/, ""));
  if (!m) return false;
  const want = Number.parseInt(m[1], 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 32 : block[i];
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return want === unsigned || want === signed;
}
var TAR_SNIFFER = {
  kind: KINDS.tar,
  priority: 45,
  match: ({ head }) => head.length >= 512 && head[0] !== 0 && tarChecksumValid(head.subarray(0, 512))
};

export {
  TAR_MALFORMED,
  TAR_UNSUPPORTED_MEMBER,
  TAR_AFTER_END,
  TORCH_LEGACY_TAR,
  TAR_PAX_MISMATCH,
  TAR_LONG_NAME_MISMATCH,
  tarChecksumValid,
  TAR_SNIFFER
};
