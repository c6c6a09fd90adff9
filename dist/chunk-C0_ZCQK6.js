import { C as lockShard, l as scanShard, A as partialJson } from './chunk-B-6LZOx6.js';
export { b as allRules, g as getRule, m as mergeFiles, k as scan, v as verifyPath, w as writeLock } from './chunk-B-6LZOx6.js';
import { a8 as rootContaining, $ as formatShard, G as terminalText } from './chunk-CXVaUTXl.js';
import { M as ModelvetError, d as describeError } from './chunk-x8y2Yanw.js';
import './chunk-DoM6UV22.js';
import './chunk-C9VzFTM1.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { writeFile, stat } = __mvBuiltin("node:fs/promises");

var fileOf = (output) => output !== void 0 && output !== "" && output !== "-" ? output : void 0;
async function directoriesOf(paths) {
  const out = [];
  for (const p of paths) if ((await stat(p).catch(() => void 0))?.isDirectory()) out.push(p);
  return out;
}
async function assertPartialOutside(file, paths) {
  const inside = file === void 0 ? void 0 : await rootContaining(file, await directoriesOf(paths));
  if (inside !== void 0)
    throw new ModelvetError(
      "USAGE",
      `-o ${file} is inside the scanned folder ${inside}: the other shards would see it; write partials elsewhere`
    );
}
async function writePartial(partial, file, io) {
  if (file === void 0) {
    io.stdout(partialJson(partial));
    return;
  }
  try {
    await writeFile(file, partialJson(partial));
  } catch (err) {
    throw new ModelvetError("UNREADABLE", describeError(err, file), { path: file });
  }
  const unit = partial.kind === "lock" ? "resources" : "files";
  const line = `wrote shard ${formatShard(partial.shard)} (${partial.positions.length} of ${partial.total} ${unit}) to ${file}; combine all ${partial.shard.count} with \`modelvet merge\``;
  io.stderr(`modelvet: ${terminalText(line)}
`);
}
async function scanShardRun(paths, options, where, io) {
  const file = fileOf(where.output);
  await assertPartialOutside(file, where.roots);
  const partial = await scanShard(paths, options);
  where.beforePrint?.();
  await writePartial(partial, file, io);
  return 0;
}
async function lockShardRun(path, options, output, io) {
  if (output === void 0)
    throw new ModelvetError(
      "USAGE",
      "lock --shard needs -o FILE (outside the model folder), or -o - for stdout"
    );
  const file = fileOf(output);
  await assertPartialOutside(file, [path]);
  await writePartial(await lockShard(path, options), file, io);
  return 0;
}

export { lockShardRun, scanShardRun };
