/**
 * How the generated pickle tables (forwarders.ts) are built from the compact form they are written in.
 *
 * Module aliases: module paths that re-export the objects of another. PyTorch 1.13 moved quantization to
 * `torch.ao` and kept the old paths as re-exports (torch/nn/quantized/modules/linear.py in 1.13: "kept
 * here for compatibility while the migration process is ongoing", then `from
 * torch.ao.nn.quantized.modules.linear import Linear`), so `torch.nn.quantized.modules.linear.Linear` is
 * the very object `torch.ao.nn.quantized.modules.linear.Linear` is, and one audit answers for both
 * (likewise scikit-learn's sklearn/_loss/loss.py imports its Cython loss classes from sklearn._loss._loss).
 * The generated tables list each answer once, under the newer path; this expands them to every allowed
 * spelling under an alias.
 */
/** `[alias, target]`: the module path `alias` re-exports what `target` defines, name for name. */
export type ModuleAlias = readonly [alias: string, target: string];
/**
 * The table with, for every allowed `alias.rest` whose `target.rest` it holds, the same answer under
 * `alias.rest`. Names already in the table keep their own answer. Keys come out sorted, as generated.
 */
export declare function withModuleAliases<V>(table: ReadonlyMap<string, V>, aliases: readonly ModuleAlias[], allowed: readonly string[]): ReadonlyMap<string, V>;
/**
 * A state-key list that holds all of another's keys and more (often a subclass adding attributes, as
 * torchvision's `QuantizableInception3` adds `quant` and `dequant` to `Inception3`): both lists, sorted
 * as generated.
 */
export declare function keysWith(base: readonly string[], ...extra: readonly string[]): readonly string[];
