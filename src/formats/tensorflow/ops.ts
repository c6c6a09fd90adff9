/**
 * TensorFlow op names by what running them does: call Python, touch files or the network, read an
 * asset, checkpoint. Names from TensorFlow's op registry (tensorflow/core/ops/*.cc REGISTER_OP).
 */
/** Ops that call Python. */
export const PY_FUNC_OPS = new Set(['PyFunc', 'PyFuncStateless', 'EagerPyFunc', 'PyCall']);

/** Ops that touch files or the network (besides checkpoint ops). */
export const IO_OPS = new Set([
  // File reads.
  'ReadFile',
  'MatchingFiles',
  'LoadAndRemapMatrix',
  'ImmutableConst',
  'WholeFileReader',
  'WholeFileReaderV2',
  'TextLineReader',
  'TextLineReaderV2',
  'FixedLengthRecordReader',
  'FixedLengthRecordReaderV2',
  'TFRecordReader',
  'TFRecordReaderV2',
  'LMDBReader',
  'TextLineDataset',
  'FixedLengthRecordDataset',
  'FixedLengthRecordDatasetV2',
  'TFRecordDataset',
  'TFRecordDatasetV2',
  'MatchingFilesDataset',
  'ExperimentalMatchingFilesDataset',
  'LoadDataset',
  'LMDBDataset',
  'ExperimentalLMDBDataset',
  'SqlDataset',
  'ExperimentalSqlDataset',
  'CSVDataset',
  'CSVDatasetV2',
  'ExperimentalCSVDataset',
  'FileSystemSetConfiguration',
  // File writes.
  'WriteFile',
  'DatasetToTFRecord',
  'ExperimentalDatasetToTFRecord',
  'SaveDataset',
  'SaveDatasetV2',
  'SnapshotDataset',
  'SnapshotDatasetV2',
  'CreateSummaryFileWriter',
  'CreateSummaryDbWriter',
  // Network.
  'Rpc',
  'TryRpc',
  'RpcClient',
  'RpcCall',
  'RpcServer',
  'RpcServerStart',
  'RpcServerRegister',
  'DataServiceDataset',
  'DataServiceDatasetV2',
  'DataServiceDatasetV3',
  'DataServiceDatasetV4',
  'RegisterDataset',
  'RegisterDatasetV2',
  'DebugIdentity',
  'DebugIdentityV2',
  'DebugIdentityV3',
  'DebugNanCount',
  'DebugNumericSummary',
  'DebugNumericSummaryV2',
  // ModelAudit's list names these; they do not exist in stock TensorFlow but a custom build might.
  'ShellExecute',
  'ExecuteOp',
  'SystemConfig',
]);

/** Ops that read a vocabulary-style asset file (listed at low severity). */
export const ASSET_READ_OPS = new Set(['InitializeTableFromTextFile', 'InitializeTableFromTextFileV2']);

/** tf.data cache ops: input 1 is a file name; "" caches in memory. */
export const CACHE_OPS = new Set(['CacheDataset', 'CacheDatasetV2']);

/** Checkpoint ops: accepted inside the saver only. */
export const CHECKPOINT_OPS = new Set([
  'Save',
  'SaveV2',
  'SaveSlices',
  'Restore',
  'RestoreV2',
  'RestoreSlice',
  'MergeV2Checkpoints',
]);
