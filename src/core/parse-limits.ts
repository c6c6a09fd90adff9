/**
 * The limits modelvet gives the third-party parsers (`yaml`, toml-eslint-parser, @lezer/python, and
 * JSON.parse behind the parse guard): every length, depth and alias limit once, each caller reading
 * its own from here. Input past a limit becomes a finding about that file (fail closed), never a parse.
 */

/** Longest text any guarded parser is given, in UTF-16 code units, unless its limit below is lower. */
export const DEFAULT_MAX_LENGTH = 8 * 1024 * 1024;

/** Deepest nesting a guarded parser accepts when its caller names no limit. */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Nesting limits. Python: CPython refuses more than 200 nested brackets (tokenizer MAXLEVEL: "too
 * many nested parentheses") and expressions nested more than about 3,000 operations deep
 * (`f()()()…`, `a+a+…`, `not not …`: "RecursionError: maximum recursion depth exceeded during
 * compilation", measured on CPython 3.11: 2,992 compiles, 2,993 does not); code past either limit
 * never runs. Real YAML, TOML and JSON configs nest a few levels. `hydraYaml`: nesting past this in
 * a Hydra/OmegaConf config is not a config anyone wrote, and `yaml` recurses per level.
 */
export const DEPTH_LIMITS = {
  python: 200,
  pythonExpression: 3000,
  yaml: DEFAULT_MAX_DEPTH,
  hydraYaml: 1000,
  toml: DEFAULT_MAX_DEPTH,
  json: 512,
} as const;

/**
 * Longest text parsed, in characters; a longer file is reported, not parsed. The `yaml` library keeps
 * about 0.8 MiB per KiB of input while composing (23,000 flow maps in 334 KB took 220 MiB, valid or
 * not) and needs seconds per MB; toml-eslint-parser keeps every token with its location (about 100
 * bytes of heap per byte of a list-heavy file).
 * - `pinYaml`: YAML the pin checkers read (workflows, conda environments, compose files: a few KB).
 * - `configYaml`: a policy file and the Hydra/NeMo configs a scan reads, so a scan stays under 300 MiB
 *   (real ones are a few KiB to a few dozen).
 * - `pinToml`: pyproject.toml and Pipfile (a few KB).
 */
export const LENGTH_LIMITS = { pinYaml: 256 * 1024, configYaml: 128 * 1024, pinToml: 512 * 1024 } as const;

/**
 * Aliases `yaml`'s `toJS` may expand (each expansion copies the anchored node: a billion-laughs file
 * grows exponentially). Hydra configs: PyYAML shares aliases, OmegaConf copies them, so real configs
 * may hold many; a policy file or an interpolated value has no reason to hold more than a few.
 */
export const YAML_ALIAS_LIMITS = { policy: 100, hydra: 10_000, hydraInterpolation: 100 } as const;
