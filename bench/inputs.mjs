// Inputs for the scan benchmarks, generated on the fly (never committed): a folder of many small
// files as a model repository with many checkpoints or a dataset looks, a GGUF with a huge metadata
// table, a zip with the most members a zip without zip64 can hold.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const CONFIG = (i) =>
  `${JSON.stringify(
    {
      architectures: ['LlamaForCausalLM'],
      model_type: 'llama',
      hidden_size: 64 + (i % 7) * 32,
      num_attention_heads: 4,
      num_hidden_layers: 2 + (i % 3),
      rms_norm_eps: 1e-6,
      torch_dtype: 'bfloat16',
      transformers_version: '4.46.0',
      vocab_size: 32000,
    },
    null,
    2,
  )}\n`;

// A short template in the shape of the published ones (role loop, generation prompt).
const TEMPLATE =
  "{% for message in messages %}{{ '<|' + message['role'] + '|>\\n' + message['content'] + '<|end|>\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|assistant|>\\n' }}{% endif %}";

const PY = (i) => `"""Data loading helpers, module ${i}."""
import json
import os


def load_split(root, name="train"):
    path = os.path.join(root, f"{name}.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


class Batcher:
    def __init__(self, items, size=${8 + (i % 5)}):
        self.items = items
        self.size = size

    def __iter__(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start : start + self.size]
`;

/** A safetensors file with one small F32 tensor, as safetensors' serialize writes it (header padded to 8). */
function safetensors(i) {
  const n = 4 + (i % 12);
  let header = JSON.stringify({
    __metadata__: { format: 'pt' },
    weight: { dtype: 'F32', shape: [n], data_offsets: [0, n * 4] },
  });
  header += ' '.repeat((8 - (header.length % 8)) % 8);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  const data = Buffer.alloc(n * 4);
  for (let k = 0; k < n; k++) data.writeFloatLE(k / 10, k * 4);
  return Buffer.concat([len, Buffer.from(header), data]);
}

/** `files` small files (~1-2 KB) in folders of 40: configs, .py, JSON data, safetensors, text, YAML. */
export function makeSmallFilesFolder(dir, files) {
  const marker = join(dir, '.complete');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === String(files)) return;
  let made = 0;
  for (let d = 0; made < files; d++) {
    const sub = join(dir, `run-${String(d).padStart(4, '0')}`);
    mkdirSync(sub, { recursive: true });
    const put = (name, content) => {
      if (made >= files) return;
      writeFileSync(join(sub, name), content);
      made++;
    };
    put('config.json', CONFIG(d));
    put(
      'generation_config.json',
      `${JSON.stringify({ bos_token_id: 1, eos_token_id: 2, max_length: 2048 })}\n`,
    );
    put(
      'tokenizer_config.json',
      `${JSON.stringify({ chat_template: TEMPLATE, model_max_length: 2048 }, null, 2)}\n`,
    );
    for (let k = 0; k < 10; k++) put(`data_${k}.py`, PY(d * 10 + k));
    for (let k = 0; k < 10; k++)
      put(
        `sample_${k}.json`,
        `${JSON.stringify({ id: d * 10 + k, text: 'lorem ipsum '.repeat(40), label: k % 3 })}\n`,
      );
    for (let k = 0; k < 10; k++) put(`adapter_${k}.safetensors`, safetensors(d + k));
    for (let k = 0; k < 4; k++)
      put(`notes_${k}.md`, `# Run ${d} note ${k}\n\n${'Loss went down. '.repeat(30)}\n`);
    put('train.yaml', `lr: 0.0003\nbatch_size: 32\nepochs: ${1 + (d % 4)}\nseed: ${d}\n`);
    put('README.txt', `checkpoint folder ${d}\n`);
  }
  writeFileSync(marker, String(files));
}

/** A GGUF v3 file with `keys` u32 metadata entries and no tensors (llama.cpp's layout: gguf.md). */
export function makeGguf(path, keys) {
  if (existsSync(path) && existsSync(`${path}.keys`) && readFileSync(`${path}.keys`, 'utf8') === String(keys))
    return;
  const fd = openSync(path, 'w');
  try {
    const head = Buffer.alloc(24);
    head.write('GGUF', 0, 'latin1');
    head.writeUInt32LE(3, 4);
    head.writeBigUInt64LE(0n, 8); // tensors
    head.writeBigUInt64LE(BigInt(keys), 16);
    writeSync(fd, head);
    const chunk = Buffer.alloc(1024 * 1024);
    let used = 0;
    for (let i = 0; i < keys; i++) {
      const key = `bench.key.${String(i).padStart(7, '0')}`;
      if (used + 8 + key.length + 8 > chunk.length) {
        writeSync(fd, chunk, 0, used);
        used = 0;
      }
      chunk.writeBigUInt64LE(BigInt(key.length), used);
      used += 8;
      used += chunk.write(key, used, 'latin1');
      chunk.writeUInt32LE(4, used); // u32
      chunk.writeUInt32LE(i, used + 4);
      used += 8;
    }
    writeSync(fd, chunk, 0, used);
  } finally {
    closeSync(fd);
  }
  writeFileSync(`${path}.keys`, String(keys));
}

/** A stored zip of `members` tiny files (65,535 is the most without zip64), as zipfile writes one. */
export function makeZip(path, members) {
  if (
    existsSync(path) &&
    existsSync(`${path}.members`) &&
    readFileSync(`${path}.members`, 'utf8') === String(members)
  )
    return;
  const locals = [];
  const central = [];
  let offset = 0;
  for (let i = 0; i < members; i++) {
    const name = Buffer.from(`data/item_${String(i).padStart(5, '0')}.txt`);
    const data = Buffer.from(`item ${i}\n`);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(cd, name);
    offset += local.length + name.length + data.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members, 8);
  end.writeUInt16LE(members, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...locals, cdBytes, end]));
  writeFileSync(`${path}.members`, String(members));
}
