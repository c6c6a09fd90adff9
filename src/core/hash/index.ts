export {
  READER_STRATEGIES,
  ReaderCalibration,
  type ReaderDecision,
  type ReaderStrategy,
  threadCalibration,
} from './calibrate.ts';
export {
  createHasher,
  DIGEST_ALGORITHMS,
  type DigestAlgorithm,
  type Digests,
  isDigestAlgorithm,
} from './digests.ts';
export { defaultJobs, HashPool, type PoolJob } from './pool.ts';
export { DEFAULT_BUFFER_SIZE, type HashOptions, type HashResult, hashFile } from './reader.ts';
export { Progress, type ProgressEvent } from './progress.ts';
