/** `hf://[datasets/|models/]OWNER/NAME[@REVISION]`, the form huggingface_hub's HfFileSystem reads. */
import { ModelvetError } from '../../core/errors.ts';
import { hfSource, type ModelSource } from '../../core/model-source.ts';

export const DEFAULT_HUB = 'https://huggingface.co';

export type HfRepoType = 'model' | 'dataset';

export interface HfUrl {
  type: HfRepoType;
  /** `owner/name`. */
  repo: string;
  /** As given; `main` when none. */
  revision: string;
  /** True when the user named a revision. */
  explicitRevision: boolean;
  model: ModelSource;
}

export function parseHfUrl(input: string): HfUrl {
  const m = /^hf:\/\/(?:(datasets|models)\/)?([^@]+?)(?:@(.+))?$/i.exec(input);
  const bad = () =>
    new ModelvetError('USAGE', `${input}: not a Hub reference; expected hf://OWNER/NAME[@REVISION]`);
  if (!m) throw bad();
  const repo = m[2]!.replace(/\/$/, '');
  const revision = m[3] ? decodeURIComponent(m[3]) : 'main';
  const model = hfSource(repo, m[3] ? revision : undefined);
  if (!model?.owner || /[\s\\]|\.\./.test(revision)) throw bad();
  return {
    type: m[1]?.toLowerCase() === 'datasets' ? 'dataset' : 'model',
    repo,
    revision,
    explicitRevision: m[3] !== undefined,
    model,
  };
}
