/**
 * Which pin checker reads a file: by name first (the names the tools themselves look for), then by
 * content for files whose name says nothing (a shebang, a Dockerfile's first instruction, a text
 * file made only of requirement lines).
 */
import { parseRequirement } from './pep508.ts';
import { logicalLines } from './requirements.ts';

export type PinFileKind =
  | 'requirements'
  | 'constraints'
  | 'pyproject'
  | 'conda'
  | 'package-json'
  | 'python'
  | 'notebook'
  | 'dockerfile'
  | 'shell'
  | 'workflow'
  | 'modelfile'
  | 'pipfile'
  | 'compose'
  | 'makefile'
  | 'adapter-config'
  | 'config';

export function kindByName(path: string): PinFileKind | undefined {
  const parts = path.split('/');
  const base = (parts.at(-1) ?? '').toLowerCase();
  const parent = (parts.at(-2) ?? '').toLowerCase();
  if (/^constraints?([-_.][\w.-]*)?\.(txt|in)$/.test(base)) return 'constraints';
  if (/^((dev|test|docs?|build|extra)[-_])?(requirements?|reqs?)([-_.][\w.-]*)?\.(txt|in|pip)$/.test(base))
    return 'requirements';
  if (/^requirements/.test(parent) && /\.(txt|in)$/.test(base)) return 'requirements';
  if (base === 'pyproject.toml') return 'pyproject';
  if (base === 'pipfile') return 'pipfile';
  if (
    /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path) ||
    base === 'action.yml' ||
    base === 'action.yaml'
  ) {
    return 'workflow';
  }
  if (base === 'modelfile' || base.endsWith('.modelfile')) return 'modelfile';
  if (/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/.test(base)) return 'compose';
  if (base === 'makefile' || base === 'gnumakefile' || base.endsWith('.mk')) return 'makefile';
  if (base === 'adapter_config.json') return 'adapter-config';
  if (/^(environment|env|conda|conda[-_]env|python_env)([\w.-]*)\.ya?ml$/.test(base)) return 'conda';
  if (base === 'package.json') return 'package-json';
  if (/\.pyw?$/.test(base)) return 'python';
  if (base.endsWith('.ipynb')) return 'notebook';
  if (/^(docker|container)file([.-][\w.-]+)?$/.test(base) || /\.(docker|container)file$/.test(base))
    return 'dockerfile';
  if (/\.(sh|bash|zsh|ksh)$/.test(base)) return 'shell';
  if (/^pip\.(conf|ini)$/.test(base)) return 'config';
  if (
    /\.(ya?ml|json|toml|cfg|ini|conf)$/.test(base) &&
    !/(^|[.-])lock\.(json|ya?ml)$|^package-lock\.json$/.test(base)
  ) {
    return 'config';
  }
  return undefined;
}

/** Names whose content is worth sniffing (no extension, or a generic text one). */
export function sniffableName(path: string): boolean {
  const base = (path.split('/').at(-1) ?? '').toLowerCase();
  return !base.includes('.') || /\.(txt|in)$/.test(base);
}

export function kindByContent(path: string, head: string): PinFileKind | undefined {
  const first = head.split(/\r?\n/, 1)[0] ?? '';
  if (first.startsWith('#!')) {
    if (/\bpython[0-9.]*\b/.test(first)) return 'python';
    if (/\b(ba|z|da|k)?sh\b/.test(first)) return 'shell';
    return undefined;
  }
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^\s*#/.test(l));
  if (lines.length === 0) return undefined;
  if (
    /^(FROM|ARG)\s+\S/i.test(lines[0]!) &&
    lines.some((l) => /^\s*(RUN|COPY|CMD|ENTRYPOINT|WORKDIR)\s/i.test(l))
  ) {
    return 'dockerfile';
  }
  if (/\.(txt|in)$/i.test(path) || !path.includes('.')) {
    const logical = logicalLines(head)
      .map((l) => l.text.replace(/(^|\s)#.*$/, '').trim())
      .filter(Boolean);
    if (logical.length === 0) return undefined;
    let strong = 0;
    for (const l of logical) {
      if (
        /^-(r|c|e|i|f)\b|^--(requirement|constraint|editable|index-url|extra-index-url|find-links|hash|require-hashes)\b/.test(
          l,
        )
      ) {
        strong++;
        continue;
      }
      const req = parseRequirement(l.replace(/\s--?\w[\w-]*(=\S+)?(\s+\S+)?/g, ''));
      if (!req || (!req.name && !/^[a-z+]+:\/\//i.test(req.url ?? ''))) return undefined;
      if (req.specifiers.length > 0 || req.url) strong++;
    }
    if (strong > 0 && strong * 2 >= logical.length) return 'requirements';
  }
  return undefined;
}
