/**
 * The pickle denylist as the policy sees it: a predicate `isDenied(global)` backed by the pickle
 * analyzer's own classification (`src/formats/pickle/globals.ts`), so a policy cannot allow what
 * the scanner would call dangerous (dotted paths, aliases and dunders included) without `force`.
 */
import { classifyGlobal } from '../formats/pickle/globals.ts';

/** True when `global` (`module.name`) is on modelvet's pickle denylist. */
export type IsDenied = (global: string) => boolean;

export const pickleIsDenied: IsDenied = (global) => {
  const dot = global.lastIndexOf('.');
  const module = dot > 0 ? global.slice(0, dot) : '';
  const name = dot > 0 ? global.slice(dot + 1) : global;
  return classifyGlobal(module, name).verdict === 'dangerous';
};
