/**
 * The limits modelvet gives the third-party parsers (`yaml`, toml-eslint-parser, @lezer/python, and
 * JSON.parse behind the parse guard): every length, depth and alias limit once, each caller reading
 * its own from here. Input past a limit becomes a finding about that file (fail closed), never a parse.
 */
/** Longest text any guarded parser is given, in UTF-16 code units, unless its limit below is lower. */
export declare const DEFAULT_MAX_LENGTH: number;
/** Deepest nesting a guarded parser accepts when its caller names no limit. */
export declare const DEFAULT_MAX_DEPTH = 64;
/**
 * Nesting limits. Python: CPython refuses more than 200 nested brackets (tokenizer MAXLEVEL: "too
 * many nested parentheses") and expressions nested more than about 3,000 operations deep
 * (`f()()()…`, `a+a+…`, `not not …`: "RecursionError: maximum recursion depth exceeded during
 * compilation", measured on CPython 3.11: 2,992 compiles, 2,993 does not); code past either limit
 * never runs. Real YAML, TOML and JSON configs nest a few levels. `hydraYaml`: nesting past this in
 * a Hydra/OmegaConf config is not a config anyone wrote, and `yaml` recurses per level.
 */
export declare const DEPTH_LIMITS: {
    readonly python: 200;
    readonly pythonExpression: 3000;
    readonly yaml: 64;
    readonly hydraYaml: 1000;
    readonly toml: 64;
    readonly json: 512;
};
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
export declare const LENGTH_LIMITS: {
    readonly pinYaml: number;
    readonly configYaml: number;
    readonly pinToml: number;
};
/**
 * Aliases `yaml`'s `toJS` may expand (each expansion copies the anchored node: a billion-laughs file
 * grows exponentially). Hydra configs: PyYAML shares aliases, OmegaConf copies them, so real configs
 * may hold many; a policy file or an interpolated value has no reason to hold more than a few.
 */
export declare const YAML_ALIAS_LIMITS: {
    readonly policy: 100;
    readonly hydra: 10000;
    readonly hydraInterpolation: 100;
};
