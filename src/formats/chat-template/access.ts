/**
 * The checks on attribute and item lookups: which names reach Python internals, and which lookups
 * have names nobody can read in the template.
 *
 * jinja2's Environment.getitem tries `obj[key]` and, for a string key, falls back to
 * `getattr(obj, key)` (src/jinja2/environment.py); Environment.getattr does the reverse. So
 * `x[key]`, `x.key`, `x|attr(key)` and every filter that reads `attribute=` are attribute lookups,
 * and each needs a name that is a literal (or folds to one) to be vetted.
 */
import type { RuleDefinition } from '../../core/finding.ts';
import { clip } from './fold.ts';
import { DANGEROUS_METHODS, INTERNAL_ATTRS, isDunder, OS_ATTRS } from './names.ts';
import {
  TEMPLATE_COMPUTED_ATTRIBUTE,
  TEMPLATE_DANGEROUS_CALL,
  TEMPLATE_DUNDER,
  TEMPLATE_FORMAT_METHOD,
  TEMPLATE_PRIVATE,
} from './rules.ts';
import type { Val } from './value.ts';

export type Report = (rule: RuleDefinition, message: string, evidence: Record<string, unknown>) => void;

/** Reports an attribute name that reaches internals; `how` says how it was reached (for the message). */
export function checkName(
  report: Report,
  name: string,
  how: string,
  opts: { dotted?: boolean; viaAttr?: boolean } = {},
) {
  for (const part of opts.dotted ? name.split('.') : [name]) {
    if (isDunder(part) || INTERNAL_ATTRS.has(part)) {
      report(TEMPLATE_DUNDER, `reads the attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (part.startsWith('_')) {
      report(TEMPLATE_PRIVATE, `reads the private attribute "${clip(part)}"${how}`, { attribute: part });
    } else if (opts.viaAttr && OS_ATTRS.has(part)) {
      report(TEMPLATE_DANGEROUS_CALL, `reads the attribute "${part}"${how}`, { attribute: part });
    }
  }
}

/** Checks every known name a key or attribute argument can take. */
function checkKnownNames(
  report: Report,
  key: Val,
  how: string,
  opts: { dotted?: boolean; viaAttr?: boolean },
) {
  for (const k of key.known) {
    if (typeof k === 'string') checkName(report, k, how, opts);
  }
}

/**
 * `obj[key]`: a subscript. Known string keys are checked as attribute names; a number never falls
 * back to getattr; a key the template built from unknown parts is a computed attribute; a key that
 * is plain render-time data is accepted once on data, but not on a renderer object or on a value
 * that was itself reached by a data-chosen key (that walks attributes chosen by data).
 */
export function checkSubscript(report: Report, obj: Val, key: Val, literal: boolean) {
  const how = literal ? ' by item access' : ' by item access (name built at render time)';
  checkKnownNames(report, key, how, {});
  if (key.open === undefined || key.open === 'number') return;
  if (key.open === 'computed') {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      'looks up an attribute by item access whose name is computed at render time',
      {},
    );
  } else if (obj.dyn) {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      'walks attributes whose names come from render-time data, one after another',
      {},
    );
  } else if (obj.obj) {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `looks up an attribute of ${describeObj(obj.obj)} by a name from render-time data`,
      {},
    );
  }
}

/** `x|attr(name)`, `map(attribute=name)`, `selectattr(name)`...: the name must be known. */
export function checkAttributeArgument(report: Report, name: Val, filter: string) {
  const how = ` through |${filter}`;
  checkKnownNames(report, name, how, { dotted: filter !== 'attr', viaAttr: filter === 'attr' });
  if (name.open !== undefined && name.open !== 'number') {
    report(TEMPLATE_COMPUTED_ATTRIBUTE, `passes an attribute name decided at render time to |${filter}`, {});
  }
}

/** map(name)/select(name)/selectattr(a, name): a filter or test named at render time can be |attr. */
export function checkFilterName(report: Report, name: Val, filter: string) {
  if (name.open !== undefined && name.open !== 'number') {
    report(
      TEMPLATE_COMPUTED_ATTRIBUTE,
      `applies a filter or test named at render time through |${filter}`,
      {},
    );
  }
}

/** Calling a value: what it was read as decides what is called. */
export function checkCall(report: Report, callee: Val) {
  const via = callee.via;
  if (via === 'format' || via === 'format_map') {
    report(TEMPLATE_FORMAT_METHOD, `calls the string method .${via}()`, { method: via });
  } else if (via && DANGEROUS_METHODS.has(via)) {
    report(TEMPLATE_DANGEROUS_CALL, `calls .${via}()`, { method: via });
  }
  if (callee.dyn) {
    report(TEMPLATE_COMPUTED_ATTRIBUTE, 'calls a method whose name comes from render-time data', {});
  }
}

function describeObj(obj: string): string {
  return obj.startsWith('global:') ? `the global "${obj.slice(7)}"` : `a renderer object (${obj})`;
}
