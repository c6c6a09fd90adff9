/**
 * Sniffers for the files of a TensorFlow SavedModel folder and frozen GraphDefs. No magic number:
 * structural checks of the protobuf head (../protobuf/head.ts) and the `.pb` name hint.
 */
import type { Sniffer } from '../../core/sniff.ts';
import { headFields, WIRE } from '../protobuf/head.ts';

export const SAVED_MODEL_KIND = 'tf-savedmodel';
export const GRAPHDEF_KIND = 'tf-graphdef';
export const KERAS_METADATA_KIND = 'keras-metadata';

/** First bytes of a MetaGraphDef whose first field is one of its own (fields 1-7, length-delimited). */
const META_GRAPH_TAGS = new Set([0x0a, 0x12, 0x1a, 0x22, 0x2a, 0x32, 0x3a]);

/**
 * True when `head` parses as the start of a SavedModel proto. Exported for tests.
 *
 * Protobuf (and so TensorFlow's ReadBinaryProto) keeps fields it does not know, of any number and
 * wire type, and a known field with the wrong wire type is kept as unknown too: a SavedModel may
 * start with any such field. So the head must only be well-formed protobuf; what decides is a
 * meta_graphs field (2, length-delimited). `saved_model.pb`, the only name TensorFlow loads from a
 * SavedModel folder, needs nothing more (an unknown field larger than the head hides the rest; the
 * analyzer walks it all). Other names need a meta graph that starts with one of its own fields, and
 * without a `.pb` name also the schema version 1.
 */
export function looksLikeSavedModel(head: Buffer, size: number, name: string): boolean {
  const exact = name === 'saved_model.pb';
  const hint = exact || name.endsWith('.pb');
  const fields = headFields(head, size, 64, hint);
  if (!fields?.length) return false;
  if (exact) return true;
  const mg = fields.find((f) => f.field === 2 && f.wire === WIRE.len);
  if (!mg) return false;
  const first = head[mg.start];
  if (first !== undefined && !META_GRAPH_TAGS.has(first)) return false;
  return hint || fields.some((f) => f.field === 1 && f.wire === WIRE.varint && f.value === 1n);
}

/** GraphDef fields and their wire types (node, library, version (deprecated), versions, debug_info). */
const GRAPH_DEF_WIRES: Record<number, number> = {
  1: WIRE.len,
  2: WIRE.len,
  3: WIRE.varint,
  4: WIRE.len,
  5: WIRE.len,
};

/**
 * A frozen GraphDef: only with the `.pb` hint (its shape alone is too common). Unknown field numbers
 * are kept by protobuf and allowed; known ones must have their own wire type, and a node (field 1)
 * must start with its name or op.
 */
export function looksLikeGraphDef(head: Buffer, size: number, name: string): boolean {
  if (!name.endsWith('.pb')) return false;
  const fields = headFields(head, size, 64, true);
  if (!fields?.length) return false;
  if (!fields.every((f) => GRAPH_DEF_WIRES[f.field] === undefined || GRAPH_DEF_WIRES[f.field] === f.wire))
    return false;
  const node = fields.find((f) => f.field === 1);
  const first = node ? head[node.start] : undefined;
  return first === 0x0a || first === 0x12;
}

export const SAVED_MODEL_SNIFFER: Sniffer = {
  kind: SAVED_MODEL_KIND,
  priority: 51,
  match: ({ head, size, name }) => looksLikeSavedModel(head, size, name),
};
// The other files of a SavedModel directory hold data, not code; naming them keeps them out of the
// unknown-binary bucket. Content another sniffer recognises (a pickle, an archive) is never renamed.
export const TF_DATA_KIND = 'tf-data';
const LEVELDB_TABLE_MAGIC = Buffer.from('57fb808b247547db', 'hex');
export const TF_DATA_SNIFFER: Sniffer = {
  kind: TF_DATA_KIND,
  priority: 45,
  match: async ({ head, size, name, source }) => {
    if (name === 'fingerprint.pb') {
      const fields = headFields(head, size);
      // FingerprintDef: five uint64 hashes (fields 1-5), then small messages (version, uuid).
      return (
        !!fields?.length &&
        fields.every((f) => (f.field <= 5 ? f.wire === WIRE.varint : f.field <= 16 && f.wire === WIRE.len))
      );
    }
    // variables.index: a LevelDB-format table (TensorBundle index) ending with the table magic.
    if (name.endsWith('.index') && size >= 48) {
      return (await source.read(size - 8, 8)).equals(LEVELDB_TABLE_MAGIC);
    }
    return false;
  },
};
export const TF_DATA_NAME_SNIFFER: Sniffer = {
  kind: TF_DATA_KIND,
  priority: 5,
  // variables.data-00000-of-00001: raw tensor bytes, recognised by name only when nothing else matched.
  match: ({ name }) => /^variables\.data-\d{5}-of-\d{5}$/.test(name),
};

export const KERAS_METADATA_SNIFFER: Sniffer = {
  kind: KERAS_METADATA_KIND,
  priority: 52,
  // keras_metadata.pb (tf.keras SavedModel): SavedMetadata { repeated SavedObject nodes = 1 }.
  match: ({ head, size, name }) =>
    name === 'keras_metadata.pb' &&
    !!headFields(head, size, 64, true)?.every((f) => f.field === 1 && f.wire === WIRE.len),
};
export const GRAPHDEF_SNIFFER: Sniffer = {
  kind: GRAPHDEF_KIND,
  priority: 49,
  match: ({ head, size, name }) => looksLikeGraphDef(head, size, name),
};
