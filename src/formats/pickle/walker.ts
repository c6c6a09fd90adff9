/**
 * Pickle opcode walker (protocols 0-5). It never executes anything: it replays the unpickler's stack
 * machine on symbolic values (values.ts) so that every GLOBAL, INST and STACK_GLOBAL resolves to
 * `module.name` (operands from any string opcode or memo slot), and records which of them are called,
 * instantiated or only referenced. Semantics follow CPython's Lib/pickle.py `_Unpickler` and
 * Modules/_pickle.c; the opcodes themselves are a table (opcodes.ts) of small handlers.
 *
 * Why our own walker: a parser that stops on the first odd byte drops what it saw before (the nullifAI
 * bypass) and cannot report memo tricks; this one keeps every site it resolved and returns the parse
 * error as data. Errors do not throw: the state records the first one and the loop stops (text files
 * tried by the sniffer cost no exception).
 *
 * Everything is bounded and linear: opcodes per walk, stack depth, memo entries, retained collection
 * items, kept string bytes, distinct globals; every length is checked against the bytes left before
 * anything is read; repeated facts are counted, not copied.
 */
import { OPCODE_TABLE } from './opcodes.ts';
import type { PickleReader } from './reader.ts';
import { newBudget, type WalkHooks, type WalkLimits, type WalkResult, WalkState } from './state.ts';

export { PickleError, type PickleErrorCode } from './errors.ts';
export { OPCODE_NAMES } from './opcodes.ts';
export {
  type AfterBuild,
  DEFAULT_WALK_LIMITS,
  type Embedded,
  type LimitHit,
  type WalkHooks,
  type WalkLimits,
  type WalkResult,
} from './state.ts';
export {
  type ComputedCall,
  describe,
  type ExtSite,
  type GlobalSite,
  rootGlobal,
  type Value,
} from './values.ts';

/** Nested plain pickles one walk may open (joblib object arrays hold one each; real files nest none). */
const MAX_NESTED = 64;

function emptyResult(start: number): WalkResult {
  return {
    start,
    end: start,
    protocol: 0,
    globals: [],
    exts: [],
    computedCalls: [],
    persistentIds: 0,
    persistent: [],
    opcodes: 0,
    limitsHit: [],
    embedded: [],
  };
}

/**
 * Hooks for a walk that reads structure only (which opcodes, the globals named, where it breaks):
 * the sniffers. Without the forwarders and use-time tables (hooks.ts) nothing is marked called or
 * instantiated, and nothing else changes: the tables only annotate sites. This keeps the tables (and
 * the allowlist they are built over) out of the code a sniff loads.
 */
export const STRUCTURE_ONLY: WalkHooks = {};

/**
 * Walks one pickle stream starting at `reader.pos`, up to and including its STOP. `hooks` says how
 * calls are classified: BASE_HOOKS or SCAN_HOOKS (hooks.ts) for a verdict, STRUCTURE_ONLY to sniff.
 */
export async function walkPickle(
  reader: PickleReader,
  limits: WalkLimits,
  hooks: WalkHooks,
): Promise<WalkResult> {
  const result = emptyResult(reader.pos);
  const st = new WalkState(reader, limits, result, hooks, newBudget());
  await run(st, 0);
  finish(st);
  return result;
}

/** Runs the opcode loop until STOP or the first error (recorded on `st.error`). */
async function run(st: WalkState, nesting: number): Promise<void> {
  const { reader, limits, budget } = st;
  st.walkNested = (r) => walkNested(st, r, nesting + 1);
  for (;;) {
    st.at = reader.pos;
    if (++budget.opcodes > limits.maxOpcodes)
      return void st.fail(`more than ${limits.maxOpcodes} opcodes`, 'opcodes');
    if (!reader.has(1) && !(await reader.need(1)))
      return void st.truncated('pickle truncated: no STOP opcode');
    const code = reader.byte();
    const op = OPCODE_TABLE[code];
    if (op === undefined) return void st.fail(`invalid opcode 0x${code.toString(16).padStart(2, '0')}`);
    st.result.opcodes++;
    st.opName = op.name;
    let operand = op.operand(st);
    if (operand instanceof Promise) operand = await operand;
    if (st.error) return;
    const done = op.run(st, operand);
    if (done !== undefined) await done;
    if (st.error || st.stopped) return;
  }
}

/**
 * A complete plain pickle read at the reader's position (what `pickle.load(file)` reads: joblib's
 * object arrays). Its facts go into the parent's result and it shares the parent's budgets; an error
 * inside it stops the parent at the same point.
 */
async function walkNested(parent: WalkState, reader: PickleReader, nesting: number): Promise<void> {
  if (nesting > MAX_NESTED) return void parent.fail(`pickles nested more than ${MAX_NESTED} deep`, 'nesting');
  const { afterBuild: _joblibFraming, ...hooks } = parent.hooks;
  const st = new WalkState(reader, parent.limits, parent.result, hooks, parent.budget);
  await run(st, nesting);
  if (st.error) {
    parent.at = st.error.offset;
    parent.fail(`in the nested pickle: ${st.error.message}`, st.error.limit, st.error.code);
  }
}

/** Ends a walk: the error (if any) into the result, and instantiations never built count as calls. */
function finish(st: WalkState): void {
  const { result } = st;
  if (st.error) {
    result.error = st.error;
    result.end = Math.max(st.error.offset, result.start);
  }
  for (const site of result.globals) {
    if ((site.unbuilt ?? 0) > 0) site.calledBy ??= site.instantiatedBy ?? 'NEWOBJ';
  }
}
