export type ParseResult = {
    ok: true;
    value: unknown;
    pythonTags: PythonTag[];
} | {
    ok: false;
    reason: string;
};
export interface PythonTag {
    /** `tag:yaml.org,2002:python/object/apply:os.system`, %-escapes decoded. */
    tag: string;
    /** What PyYAML's unsafe constructors import: `os.system` (empty for python/str and the like). */
    callable: string;
    line: number;
}
/**
 * Upper bound of the nesting a YAML text can reach: every flow bracket (quotes are not tracked, so
 * the bound never undercounts), plus block indentation. Linear, no allocation per character.
 */
export declare function yamlNestingBound(text: string): number;
/** Parses YAML like OmegaConf.load; never throws. */
export declare function parseYamlGuarded(text: string): ParseResult;
/** Parses JSON like Python's json.loads; never throws. (One call site, for the JSON reader swap.) */
export declare function parseJsonGuarded(text: string): ParseResult;
