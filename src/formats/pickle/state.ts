/**
 * The walker's machine state: stack, metastack (MARKs), memo, the shared budgets and the facts found so
 * far. Opcode handlers (handlers-*.ts) get this object and nothing else; the loop lives in walker.ts.
 *
 * Limits never change a verdict silently: every limit reached is recorded (`limitsHit`, or the error
 * with code `limit`), and items dropped past the retained-items budget have the globals inside them
 * marked as called, so that a later forwarder or state lookup cannot see less than it would have.
 */
import type { PickleErrorCode } from './errors.ts';
import type { PickleReader } from './reader.ts';
import {
  type ComputedCall,
  describe,
  type ExtSite,
  type GlobalSite,
  globalName,
  NONE,
  type Value,
} from './values.ts';

export interface WalkLimits {
  maxOpcodes: number;
  maxStack: number;
  maxMemo: number;
  /** Collection items kept for inspection across one walk (the rest is counted, not kept). */
  maxRetained: number;
  /** String bytes kept per string (longer strings are kept truncated; as a global name they are unresolvable). */
  maxString: number;
  /** Embedded pickles/archives recorded for a nested scan (default 10,000). */
  maxEmbedded?: number;
}

export const DEFAULT_WALK_LIMITS: WalkLimits = {
  maxOpcodes: 50_000_000,
  maxStack: 1_000_000,
  // A 200k-word vocabulary with its merges (protocol 2 or 4) is 800k memo entries and 1.2M items and
  // peaks near 100 MiB of heap: these limits leave room for twice that, and bound the worst case.
  maxMemo: 2_000_000,
  maxRetained: 3_000_000,
  maxString: 64 * 1024,
  maxEmbedded: 10_000,
};

export interface WalkError {
  message: string;
  offset: number;
  limit?: string;
  code: PickleErrorCode;
}

/** A limit reached without stopping the walk (the retained-items budget, the embedded-sources cap). */
export interface LimitHit {
  limit: string;
  message: string;
  offset: number;
}

/** A bytes/str operand that starts like a pickle or an archive: scanned as a nested source. */
export interface Embedded {
  /** Offset of the opcode. */
  offset: number;
  opcode: string;
  /** Where the operand's bytes are in the source, and how the loader turns them into bytes. */
  start: number;
  length: number;
  encoding: 'raw' | 'utf8' | 'repr' | 'raw-unicode-escape';
  kind: 'pickle' | 'container';
}

export interface WalkResult {
  start: number;
  /** Offset just after STOP (or where the error was found). */
  end: number;
  /** Highest PROTO seen (0 when none). */
  protocol: number;
  globals: GlobalSite[];
  exts: ExtSite[];
  computedCalls: ComputedCall[];
  persistentIds: number;
  /** The first persistent ids (legacy PyTorch storage descriptors), up to 100,000. */
  persistent: Value[];
  opcodes: number;
  /** The value STOP returned. */
  value?: Value;
  /** Why the stream could not be walked to STOP (everything above it is still valid). */
  error?: WalkError;
  limitsHit: LimitHit[];
  embedded: Embedded[];
}

/**
 * Called after every BUILD with the object on top of the stack. Lets a format (joblib) consume bytes
 * its unpickler reads from the stream at that point; `walkNested` walks one complete plain pickle there
 * (what `pickle.load(file)` would read) into the same result and budgets. Throw a PickleError to stop.
 */
export type AfterBuild = (
  top: Value,
  reader: PickleReader,
  result: WalkResult,
  walkNested: (reader: PickleReader) => Promise<void>,
) => Promise<void>;

export interface WalkHooks {
  afterBuild?: AfterBuild;
  /** Allowed callables that call or instantiate their arguments (see forwarders.ts). */
  forwarders?: ReadonlyMap<string, readonly number[]>;
  /** Classes whose instances call what these state keys hold when used (see use-time.ts). */
  useTime?: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  /** Record bytes/str operands that hold a pickle or an archive (for a nested scan). */
  embedded?: boolean;
  /**
   * What the loader's `persistent_load` returns for a persistent id, when it returns one of the
   * pickle's own values (legacy torch.load returns the class of a ('module', <class>, ...) id).
   * Undefined: an opaque persistent object. 'none': the loader has no persistent_load (pickle.load,
   * joblib.load, numpy.load), so a persistent id raises UnpicklingError there.
   */
  persistentLoad?: ((pid: Value) => Value | undefined) | 'none';
}

/** Budgets and indexes shared by a walk and the nested walks it starts (joblib object arrays). */
export interface Budget {
  opcodes: number;
  retained: number;
  /** Text bytes kept per walk: past it only short prefixes (enough for names) are kept. */
  text: number;
  retainedHit: boolean;
  embeddedHit: boolean;
  /** One site per distinct global (a name used a million times is one site with a count). */
  sites: Map<string, GlobalSite>;
  extSites: Map<string, ExtSite>;
  computed: Map<string, ComputedCall>;
}

/** Distinct globals kept per walk. */
const MAX_SITES = 1_000_000;

export function newBudget(): Budget {
  return {
    opcodes: 0,
    retained: 0,
    text: 64 * 1024 * 1024,
    retainedHit: false,
    embeddedHit: false,
    sites: new Map(),
    extSites: new Map(),
    computed: new Map(),
  };
}

const MEMO_ARRAY_KEYS = 1 << 24;

export class WalkState {
  readonly reader: PickleReader;
  readonly limits: WalkLimits;
  readonly result: WalkResult;
  readonly hooks: WalkHooks;
  readonly budget: Budget;
  stack: Value[] = [];
  readonly metastack: Value[][] = [];
  /** Offset and name of the opcode being run, and where its length-prefixed operand's bytes start. */
  at: number;
  opName = '';
  operandStart = 0;
  /** The PROTO in effect (the unpickler keeps the last one, not the highest). */
  proto = 0;
  /** Set by `fail`: the walk stops after the opcode that set it. */
  error: WalkError | undefined;
  /** Set by STOP. */
  stopped = false;
  /** Walks one nested plain pickle at the reader's position into the same result (set by the walker). */
  walkNested: (reader: PickleReader) => Promise<void> = async () => {};
  private readonly memoSmall: (Value | undefined)[] = [];
  private readonly memoLarge = new Map<number | bigint, Value>();
  private memoCount = 0;
  private dropped: Set<Value> | undefined;

  constructor(
    reader: PickleReader,
    limits: WalkLimits,
    result: WalkResult,
    hooks: WalkHooks,
    budget: Budget,
  ) {
    this.reader = reader;
    this.limits = limits;
    this.result = result;
    this.hooks = hooks;
    this.budget = budget;
    this.at = reader.pos;
  }

  /**
   * Records why the walk stops (the first error wins) and returns undefined: handlers `return st.fail(..)`
   * and the loop stops after the handler. No exception is thrown on this path: text files the sniffer
   * tries are rejected without one.
   */
  fail(message: string, limit?: string, code?: PickleErrorCode): undefined {
    if (this.error) return undefined;
    this.error = { message, offset: this.at, code: code ?? (limit !== undefined ? 'limit' : 'content') };
    if (limit !== undefined) this.error.limit = limit;
    return undefined;
  }

  truncated(message: string): undefined {
    return this.fail(message, undefined, 'truncated');
  }

  push(v: Value): void {
    if (this.stack.length + this.metastack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, 'stack');
      return;
    }
    if (v.t === 'global') v.site.pushes = (v.site.pushes ?? 0) + 1;
    this.stack.push(v);
  }

  /** The popped value, or NONE after recording an underflow (the loop stops after this opcode). */
  pop(): Value {
    const v = this.stack.pop();
    if (v !== undefined) return v;
    this.fail('stack underflow');
    return NONE;
  }

  top(): Value {
    const v = this.stack[this.stack.length - 1];
    if (v !== undefined) return v;
    this.fail('stack underflow');
    return NONE;
  }

  mark(): void {
    if (this.metastack.length + this.stack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, 'stack');
      return;
    }
    this.metastack.push(this.stack);
    this.stack = [];
  }

  popMark(): Value[] {
    const prev = this.metastack.pop();
    if (prev === undefined) {
      this.fail('MARK missing');
      return [];
    }
    const items = this.stack;
    this.stack = prev;
    return items;
  }

  /**
   * Keeps items of a collection within the retained budget; returns how many were dropped. Globals in
   * dropped items count as called (a later use could no longer be seen), and the first drop is a limit hit.
   */
  keep<T extends Value | [Value, Value]>(items: readonly T[], into: T[]): number {
    const room = Math.max(0, Math.min(items.length, this.limits.maxRetained - this.budget.retained));
    for (let i = 0; i < room; i++) into.push(items[i]!);
    this.budget.retained += room;
    if (room < items.length) this.drop(items, room);
    return items.length - room;
  }

  private drop(items: readonly (Value | [Value, Value])[], from: number): void {
    if (!this.budget.retainedHit) {
      this.budget.retainedHit = true;
      this.noteLimit(
        'retained',
        `more than ${this.limits.maxRetained} collection items; globals in the items past it count as called`,
      );
    }
    for (let i = from; i < items.length; i++) {
      const it = items[i]!;
      if (Array.isArray(it)) {
        this.markCalled(it[0], 'past the retained-items limit');
        this.markCalled(it[1], 'past the retained-items limit');
      } else this.markCalled(it, 'past the retained-items limit');
    }
  }

  noteLimit(limit: string, message: string): void {
    this.result.limitsHit.push({ limit, message, offset: this.at });
  }

  /** Marks every global reachable from `v` (itself, container items, an object's args and items) as called. */
  markCalled(v: Value, how: string): void {
    if (v.t !== 'global' && v.t !== 'ext' && v.t !== 'obj' && !('items' in v)) return;
    this.dropped ??= new Set();
    const seen = this.dropped;
    const todo: Value[] = [v];
    for (let x = todo.pop(); x !== undefined; x = todo.pop()) {
      if (x.t === 'global' || x.t === 'ext') {
        x.site.calledBy ??= how;
        continue;
      }
      if (seen.has(x)) continue;
      if (x.t === 'obj') {
        seen.add(x);
        if (x.bound && x.callee.t === 'global') x.callee.site.calledBy ??= how;
        if (x.items) for (const it of x.items) todo.push(it);
        if (x.args) todo.push(x.args);
      } else if (x.t === 'dict') {
        seen.add(x);
        for (const [k, val] of x.items) todo.push(k, val);
      } else if ('items' in x) {
        seen.add(x);
        for (const it of x.items) todo.push(it);
      }
    }
  }

  memoPut(key: number | bigint, v: Value): void {
    if (typeof key === 'number' && key < MEMO_ARRAY_KEYS) {
      if (this.memoSmall[key] === undefined && !this.countMemo()) return;
      this.memoSmall[key] = v;
      return;
    }
    if (!this.memoLarge.has(key) && !this.countMemo()) return;
    this.memoLarge.set(key, v);
  }

  private countMemo(): boolean {
    if (this.memoCount >= this.limits.maxMemo) {
      this.fail(`memo larger than ${this.limits.maxMemo} entries`, 'memo');
      return false;
    }
    this.memoCount++;
    return true;
  }

  /** MEMOIZE stores at len(memo), the number of entries (not the highest key). */
  memoize(v: Value): void {
    this.memoPut(this.memoCount, v);
  }

  memoGet(key: number | bigint): Value {
    const v =
      typeof key === 'number' && key < MEMO_ARRAY_KEYS ? this.memoSmall[key] : this.memoLarge.get(key);
    if (v !== undefined) return v;
    this.fail(`memo key ${key} was never stored`);
    return NONE;
  }

  /** The site of a global (shared by every occurrence of the same name under the same protocol). */
  newGlobal(module: string, name: string, opcode: GlobalSite['opcode'], unresolved?: string): GlobalSite {
    const key = `${module}\u0000${name}\u0000${this.proto < 3 ? 2 : 3}\u0000${unresolved ?? ''}`;
    const seen = this.budget.sites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site: GlobalSite = { module, name, offset: this.at, opcode, protocol: this.proto, count: 1 };
    if (unresolved !== undefined) site.unresolved = unresolved;
    if (this.budget.sites.size >= MAX_SITES) this.fail(`more than ${MAX_SITES} distinct globals`, 'globals');
    else this.budget.sites.set(key, site);
    this.result.globals.push(site);
    return site;
  }

  /**
   * A call of something that is not a named global. Calls of the same kind (the result of the same
   * global, a persistent id...) collapse into one entry with a count and the deepest chain seen.
   */
  computedCall(opcode: string, callee: Value): void {
    const root = callee.t === 'obj' ? callee.root : undefined;
    const kind =
      callee.t === 'obj' ? `result of ${root ? globalName(root) : 'a computed value'}` : describe(callee);
    const depth = callee.t === 'obj' ? callee.depth : 0;
    const key = `${opcode}\u0000${kind}`;
    const seen = this.budget.computed.get(key);
    if (seen) {
      seen.count++;
      seen.depth = Math.max(seen.depth, depth);
      return;
    }
    const c: ComputedCall = { offset: this.at, opcode, callee: kind, depth, count: 1 };
    this.budget.computed.set(key, c);
    this.result.computedCalls.push(c);
  }

  newExt(code: number): ExtSite {
    const key = `${this.opName}\u0000${code}`;
    const seen = this.budget.extSites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site: ExtSite = { code, offset: this.at, opcode: this.opName, count: 1 };
    this.budget.extSites.set(key, site);
    this.result.exts.push(site);
    return site;
  }
}

/** A memo key from a number or a text operand (huge keys stay bigints; the memo is a dict). */
export function memoKey(v: bigint): number | bigint {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
