import { l as loaderName } from './chunk-BQbnCg6V.js';
import { B as BaseError } from './chunk-x8y2Yanw.js';
const __mvBuiltin = typeof process.getBuiltinModule === 'function' ? (id) => process.getBuiltinModule(id) : () => {
  process.stderr.write(`modelvet needs Node >= 22.3 (found ${process.versions.node})\n`);
  process.exit(2);
};
const { isUtf8 } = __mvBuiltin("node:buffer");

// src/formats/pickle/errors.ts
var PickleError = class extends BaseError {
  offset;
  limit;
  constructor(message, offset, limit, code) {
    super(code ?? (limit !== void 0 ? "limit" : "content"), message);
    this.name = "PickleError";
    this.offset = offset;
    if (limit !== void 0) this.limit = limit;
  }
};

// src/formats/pickle/values.ts
var SMALL_INTS = new Array(65536);
function intValue(n) {
  if (n < 0 || n >= 65536) return { t: "int", v: BigInt(n) };
  let v = SMALL_INTS[n];
  if (v === void 0) {
    v = { t: "int", v: BigInt(n) };
    SMALL_INTS[n] = v;
  }
  return v;
}
var NONE = { t: "none" };
var FLOAT = { t: "float" };
var TRUE = { t: "bool", v: true };
var FALSE = { t: "bool", v: false };
var BUFFER = { t: "buffer" };
function strValue(s, bytes, len, trunc) {
  return { t: "str", s, bytes, len, trunc };
}
function objValue(callee, via, args) {
  const root = callee.t === "global" ? callee.site : callee.t === "obj" ? callee.root : void 0;
  const depth = callee.t === "obj" ? callee.depth + 1 : 1;
  const o = { t: "obj", callee, via, depth };
  if (args !== void 0) o.args = args;
  if (root !== void 0) o.root = root;
  return o;
}
var MAX_DESCRIPTION = 200;
function globalName(site) {
  const name = `${site.module}.${site.name}`;
  return name.length > MAX_DESCRIPTION ? `${name.slice(0, MAX_DESCRIPTION)}\u2026` : name;
}
function describe(v) {
  if (!v) return "nothing";
  switch (v.t) {
    case "global":
      return globalName(v.site);
    case "obj": {
      const root = v.root ? globalName(v.root) : v.callee.t === "obj" ? "a computed value" : v.callee.t;
      return v.depth > 1 ? `result of ${root} (${v.depth} calls deep)` : `result of ${root}`;
    }
    case "str":
      return v.bytes ? "bytes" : "str";
    case "ext":
      return `extension ${v.site.code}`;
    case "pers":
      return "persistent id";
    default:
      return v.t;
  }
}
function rootGlobal(v) {
  if (v?.t === "global") return v.site;
  return v?.t === "obj" ? v.root : void 0;
}
function dictField(d, key) {
  if (d?.t !== "dict") return void 0;
  for (const [k, v] of d.items) if (k.t === "str" && !k.bytes && k.s === key) return v;
  return void 0;
}
function mayBeCallable(v) {
  return v.t === "global" || v.t === "ext" || v.t === "obj" || v.t === "pers";
}

// src/formats/pickle/handlers-calls.ts
function unimportable(module, name) {
  if (module.length === 0) return "empty module name";
  if (name.length === 0) return "empty global name";
  return null;
}
function pushGlobal(st, module, name, opcode) {
  const why = unimportable(module, name);
  if (why) {
    st.fail(`${opcode} with an ${why} (the unpickler raises here)`);
    return;
  }
  st.push({ t: "global", site: st.newGlobal(module, name, opcode) });
}
function nameLines(st, lines, ascii, opcode) {
  const [m, n] = lines;
  const ok = (b) => ascii ? b.every((c) => c < 128) : isUtf8(b);
  if (!ok(m.text) || !ok(n.text)) {
    st.fail(`${opcode} name is not ${ascii ? "ASCII" : "UTF-8"} (the unpickler raises UnicodeDecodeError)`);
    return null;
  }
  const long2 = m.length > m.text.length || n.length > n.text.length;
  return { module: m.text.toString("utf8"), name: n.text.toString("utf8"), long: long2 };
}
function global(st, lines) {
  const names = nameLines(st, lines, false, "GLOBAL");
  if (!names) return;
  if (names.long) {
    const site = st.newGlobal(
      names.module,
      names.name,
      "GLOBAL",
      `a name longer than ${st.limits.maxString} bytes`
    );
    st.push({ t: "global", site });
    return;
  }
  pushGlobal(st, names.module, names.name, "GLOBAL");
}
var isText = (v) => v.t === "str" && !v.bytes;
function stackGlobal(st) {
  const name = st.pop();
  const module = st.pop();
  if (st.error) return;
  if (isText(module) && isText(name) && !module.trunc && !name.trunc) {
    pushGlobal(st, module.s, name.s, "STACK_GLOBAL");
    return;
  }
  const computed = (v) => isText(v) || v.t === "obj" || v.t === "pers" || v.t === "ext" || v.t === "global";
  if (!computed(module) || !computed(name)) {
    st.fail(
      `STACK_GLOBAL operands are ${describe(module)} and ${describe(name)}, not str (the unpickler raises)`
    );
    return;
  }
  const part = (v) => `${describe(v)}${v.t === "str" && v.trunc ? " (too long)" : ""}`;
  const show = (v) => isText(v) ? v.s.slice(0, 200) : "?";
  const why = `module is ${part(module)}, name is ${part(name)}`;
  st.push({ t: "global", site: st.newGlobal(show(module), show(name), "STACK_GLOBAL", why) });
}
function inst(st, lines) {
  const names = nameLines(st, lines, true, "INST");
  if (!names) return;
  const why = names.long ? null : unimportable(names.module, names.name);
  if (why) {
    st.fail(`INST with an ${why} (the unpickler raises here)`);
    return;
  }
  const long2 = names.long ? `a name longer than ${st.limits.maxString} bytes` : void 0;
  const site = st.newGlobal(names.module, names.name, "INST", long2);
  const args = st.popMark();
  if (st.error) return;
  site.calledBy ??= "INST";
  const callee = { t: "global", site };
  const obj = objValue(callee, "INST", tuple(st, args));
  forward(st, callee, obj);
  st.push(obj);
}
function tuple(st, items) {
  const t = { t: "tuple", items: [], dropped: 0 };
  t.dropped = st.keep(items, t.items);
  return t;
}
function call(st, callee, opcode) {
  if (callee.t === "global" || callee.t === "ext") callee.site.calledBy ??= opcode;
  else if (mayBeCallable(callee)) {
    if (callee.t === "obj" && callee.bound && callee.callee.t === "global")
      callee.callee.site.calledBy ??= `${opcode} of the method it returned`;
    st.computedCall(opcode, callee);
  } else {
    st.fail(`${opcode} calls ${describe(callee)}, which is not callable (the unpickler raises TypeError)`);
    return false;
  }
  return true;
}
function instantiate(site, obj, how) {
  site.unbuilt = (site.unbuilt ?? 0) + 1;
  site.instantiatedBy ??= how;
  obj.classes ??= [];
  obj.classes.push(site);
}
function forward(st, callee, obj) {
  if (callee.t !== "global" || !st.hooks.forwarders) return;
  const positions = st.hooks.forwarders.get(`${callee.site.module}.${callee.site.name}`);
  if (!positions) return;
  const how = `${obj.via} via ${globalName(callee.site)}`;
  const args = obj.args;
  if (args?.t !== "tuple" && args?.t !== "list") {
    if (args) st.markCalled(args, how);
    return;
  }
  const every = positions.includes(-1);
  for (let i = 0; i < args.items.length; i++) {
    if (!every && !positions.includes(i)) continue;
    const v = args.items[i];
    if (v.t === "global") instantiate(v.site, obj, how);
    else st.markCalled(v, how);
  }
}
function useTimeArgs(st, callee, obj) {
  if (callee.t !== "global" || !st.hooks.useTime || obj.args?.t !== "tuple") return;
  const params = st.hooks.useTime.get(`${callee.site.module}.${callee.site.name}`);
  for (const [key, position] of params ?? []) {
    const v = position >= 0 ? obj.args.items[position] : void 0;
    if (v) st.markCalled(v, `${callee.site.name}.${key} (called when the object is used)`);
  }
}
var MAX_BOUND = 64;
var PLAIN_ATTRIBUTE = /^(?!__)[A-Za-z_][A-Za-z0-9_]*$/;
function boundMethod(callee, args) {
  if (callee.t !== "global" || args.t !== "tuple" || args.items.length !== 2 || args.dropped > 0) return null;
  const [target, attr] = args.items;
  if (target.t !== "obj" || !isText(attr) || attr.trunc || !PLAIN_ATTRIBUTE.test(attr.s)) return null;
  const [m, n] = loaderName(callee.site.module, callee.site.name, callee.site.protocol);
  if (m !== "builtins" || n !== "getattr" || callee.site.unresolved) return null;
  callee.site.bound ??= { uses: 0, classes: [], attrs: [] };
  const bound = callee.site.bound;
  const classes = [...target.root ? [target.root] : [], ...target.classes ?? []];
  if (classes.length === 0) return null;
  for (const c of classes) if (!bound.classes.includes(c)) bound.classes.push(c);
  if (!bound.attrs.includes(attr.s)) bound.attrs.push(attr.s);
  if (bound.classes.length > MAX_BOUND || bound.attrs.length > MAX_BOUND) return null;
  bound.uses++;
  const obj = objValue(callee, "REDUCE", args);
  obj.bound = true;
  return obj;
}
function reduce(st) {
  const args = st.pop();
  const callee = st.pop();
  if (st.error) return;
  const method = boundMethod(callee, args);
  if (method) {
    st.push(method);
    return;
  }
  if (!call(st, callee, "REDUCE")) return;
  const obj = objValue(callee, "REDUCE", args);
  forward(st, callee, obj);
  useTimeArgs(st, callee, obj);
  st.push(obj);
}
function objOp(st) {
  const items = st.popMark();
  if (st.error) return;
  const cls = items[0];
  if (cls === void 0) {
    st.fail("OBJ without a class");
    return;
  }
  if (!call(st, cls, "OBJ")) return;
  const obj = objValue(cls, "OBJ", tuple(st, items.slice(1)));
  forward(st, cls, obj);
  useTimeArgs(st, cls, obj);
  st.push(obj);
}
function newObj(opcode) {
  return (st) => {
    if (opcode === "NEWOBJ_EX") st.pop();
    const args = st.pop();
    const cls = st.pop();
    if (st.error) return;
    const obj = objValue(cls, opcode, args);
    if (cls.t === "global") instantiate(cls.site, obj, opcode);
    else if (!call(st, cls, opcode)) return;
    st.push(obj);
  };
}
function stateDict(state) {
  if (state.t === "dict") return state;
  return state.t === "tuple" && state.items.length === 2 ? state.items[0] : void 0;
}
function build(st) {
  const state = st.pop();
  const obj = st.top();
  if (st.error) return;
  if (obj.t === "global") obj.site.mutatedBy ??= "BUILD";
  if (obj.t === "obj") {
    obj.state = state;
    if (obj.classes && !obj.built) {
      obj.built = true;
      for (const site of obj.classes) {
        site.unbuilt = (site.unbuilt ?? 1) - 1;
        site.constructedBy ??= `${site.instantiatedBy ?? obj.via} + BUILD`;
      }
    }
    useTimeState(st, obj, state);
  }
  const hook = st.hooks.afterBuild;
  if (!hook) return;
  return hook(obj, st.reader, st.result, st.walkNested).catch((err) => {
    if (!(err instanceof PickleError)) throw err;
    st.at = err.offset;
    st.fail(err.message, err.limit, err.code);
  });
}
function useTimeState(st, obj, state) {
  if (!st.hooks.useTime) return;
  const classes = obj.classes ?? (obj.callee.t === "global" ? [obj.callee.site] : []);
  const dict2 = stateDict(state);
  for (const cls of classes) {
    for (const [key] of st.hooks.useTime.get(`${cls.module}.${cls.name}`) ?? []) {
      const v = dictField(dict2, key);
      if (v) st.markCalled(v, `${cls.name}.${key} (called when the object is used)`);
    }
  }
}
function ext(st, code) {
  st.push({ t: "ext", site: st.newExt(code) });
}
function persistent(st, pid) {
  const load = st.hooks.persistentLoad;
  if (load === "none") {
    st.fail(`${st.opName} without a persistent_load (the unpickler raises UnpicklingError)`);
    return;
  }
  if (st.result.persistentIds++ < 1e5) st.result.persistent.push(pid);
  st.push(load?.(pid) ?? { t: "pers", pid });
}
function persId(st, l) {
  persistent(st, strValue(l.text.toString("latin1"), false, l.length, l.length > l.text.length));
}
function binPersId(st) {
  const pid = st.pop();
  if (!st.error) persistent(st, pid);
}
var nextBuffer = (st) => st.push(BUFFER);
var readonlyBuffer = (st) => void st.top();
function stop(st) {
  const v = st.pop();
  if (st.error) return;
  st.result.value = v;
  st.result.end = st.reader.pos;
  st.stopped = true;
}

// src/formats/pickle/embedded-kind.ts
var MAGICS = [
  "PK",
  "PK",
  "\x8B",
  "BZh",
  "\xFD7zXZ\0",
  "(\xB5/\xFD",
  '"M',
  "7z\xBC\xAF'",
  "Rar!",
  "\x93NUMPY",
  "\x89HDF\r\n\n",
  "]\0\0",
  "ZF0x"
].map((m) => Buffer.from(m, "latin1"));
var PICKLE_START = [..."(NIJKLFGSTUVXBC]})ciP"].map((c) => c.charCodeAt(0)).concat([128, 140, 141, 142, 149, 150]);
var MAGICS_BY_FIRST = new Array(256);
var CANDIDATE_FIRST = new Uint8Array(256);
for (const m of MAGICS) {
  const list = MAGICS_BY_FIRST[m[0]] ?? [];
  list.push(m);
  MAGICS_BY_FIRST[m[0]] = list;
  CANDIDATE_FIRST[m[0]] = 1;
}
for (const b of [...PICKLE_START, 120]) CANDIDATE_FIRST[b] = 1;
var USTAR = Buffer.from("ustar", "latin1");
function mayEmbed(first, length2) {
  return length2 >= 512 || first < 256 && CANDIDATE_FIRST[first] === 1;
}
function startsWith(head, magic, at = 0) {
  if (head.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[at + i] !== magic[i]) return false;
  return true;
}
function embeddedKind(head, length2) {
  const b0 = head[0];
  if (b0 === void 0) return null;
  if (MAGICS_BY_FIRST[b0]?.some((m) => startsWith(head, m))) return "container";
  if (b0 === 120 && head.length > 1 && (b0 * 256 + head[1]) % 31 === 0) return "container";
  if (length2 >= 512 && startsWith(head, USTAR, 257)) return "container";
  if (b0 === 128) return (head[1] ?? 9) <= 5 ? "pickle" : null;
  if (!PICKLE_START.includes(b0)) return null;
  for (const c of head) if (c < 32 || c >= 127) return "pickle";
  return null;
}

// src/formats/pickle/operand-readers.ts
var EMPTY = Buffer.alloc(0);
var EMBED_HEAD = 512;
var NUMBER_KEEP = 1024 * 1024;
async function need(st, n) {
  if (await st.reader.need(n)) return true;
  st.truncated(`pickle truncated: ${n} bytes needed, ${st.reader.remaining()} left`);
  return false;
}
var noOperand = () => void 0;
function fixed(n, read, placeholder) {
  return (st) => st.reader.has(n) ? read(st) : need(st, n).then((ok) => ok ? read(st) : placeholder);
}
var u1 = fixed(1, (st) => st.reader.byte(), 0);
var u2 = fixed(2, (st) => st.reader.u16(), 0);
var u4 = fixed(4, (st) => st.reader.u32(), 0);
var i4 = fixed(4, (st) => st.reader.i32(), 0);
var skip8 = fixed(8, (st) => st.reader.skip(8), void 0);
function lengthValue(st, n, signed) {
  const b = st.reader.take(n);
  const v = n === 1 ? b[0] : n === 2 ? b.readUInt16LE(0) : n === 4 ? signed ? b.readInt32LE(0) : b.readUInt32LE(0) : Number(b.readBigUInt64LE(0));
  if (v < 0) return st.fail(`negative length ${v}`) ?? 0;
  if (v > st.reader.remaining()) {
    const inSource = st.reader.source.size - st.reader.pos;
    const message = `length ${v} exceeds the ${st.reader.remaining()} bytes left`;
    return (v > inSource ? st.fail(message) : st.truncated(message)) ?? 0;
  }
  return v;
}
function length(n, signed) {
  return fixed(n, (st) => lengthValue(st, n, signed), 0);
}
function counted(n, signed, keep) {
  const body = (st, len) => {
    const start = st.reader.pos;
    if (st.error) return { start, len: 0, data: EMPTY };
    const k = Math.min(len, keep(st));
    if (st.reader.has(k)) {
      const data = st.reader.take(k);
      st.reader.skip(len - k);
      return { start, len, data };
    }
    return st.reader.bytes(len, k).then((data) => ({ start, len, data }));
  };
  return (st) => st.reader.has(n) ? body(st, lengthValue(st, n, signed)) : need(st, n).then(
    (ok) => ok ? body(st, lengthValue(st, n, signed)) : { start: 0, len: 0, data: EMPTY }
  );
}
function countedText(n, signed, encoding) {
  const body = (st, len) => {
    st.operandStart = st.reader.pos;
    if (st.error) return strValue("", false, 0, false);
    const k = Math.min(len, textKeep(st));
    st.budget.text -= k;
    if (st.reader.has(k)) {
      const s = st.reader.takeText(k, encoding);
      st.reader.skip(len - k);
      return strValue(s, false, len, k < len);
    }
    return st.reader.bytes(len, k).then((data) => strValue(data.toString(encoding), false, len, k < len));
  };
  return (st) => st.reader.has(n) ? body(st, lengthValue(st, n, signed)) : need(st, n).then((ok) => ok ? body(st, lengthValue(st, n, signed)) : strValue("", false, 0, false));
}
var textKeep = (st) => st.budget.text > 0 ? st.limits.maxString : Math.min(256, st.limits.maxString);
var bytesKeep = (st) => st.hooks.embedded ? EMBED_HEAD : 0;
function readLine(st, keep, rest, reject) {
  const start = st.reader.pos;
  const fast = st.reader.bufferedLine(keep);
  if (fast) return { text: fast.text, length: fast.length, start };
  return st.reader.line(keep, rest, reject).then((l) => {
    if (l?.rejected) {
      st.fail("invalid number: the operand holds bytes int() and float() reject (the unpickler raises)");
      return { text: EMPTY, length: 0, start };
    }
    if (l !== null) return { text: l.text, length: l.length, start };
    st.truncated("pickle truncated: newline expected");
    return { text: EMPTY, length: 0, start };
  });
}
var line = (st) => readLine(st, st.limits.maxString);
var NUMBER_TAIL = /^[0-9a-fA-F_\t\v\f\r L]*$/;
var NOT_NUMBER = /[^0-9A-Za-z_+\-. \t\v\f\r]/;
var numberLine = (st) => {
  let badTail = false;
  const l = readLine(
    st,
    NUMBER_KEEP,
    (piece) => {
      if (!badTail && !NUMBER_TAIL.test(piece.toString("latin1"))) badTail = true;
    },
    (piece) => NOT_NUMBER.test(piece.toString("latin1"))
  );
  if (!(l instanceof Promise)) return l;
  return l.then((full) => {
    if (badTail) st.fail("invalid number: a long operand holds something other than digits");
    return full;
  });
};

// src/formats/pickle/operands.ts
var MAX_DIGITS = 4096;
var isSpace = (c) => c === 32 || c >= 9 && c <= 13;
function trimSpace(s) {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}
function cString(line2) {
  const nul = line2.indexOf("\0");
  return nul < 0 ? line2 : line2.slice(0, nul);
}
var PY_INT_BASE0 = /^([+-]?)(?:0[xX]((?:_?[0-9a-fA-F])+)|0[oO]((?:_?[0-7])+)|0[bB]((?:_?[01])+)|(0(?:_?0)*)|([1-9](?:_?[0-9])*))$/;
var PY_INT_BASE10 = /^([+-]?)([0-9](?:_?[0-9])*)$/;
function toBigInt(sign, digits, radix) {
  const clean = digits.replaceAll("_", "");
  if (clean.length > MAX_DIGITS) return null;
  const prefix = radix === 16 ? "0x" : radix === 8 ? "0o" : radix === 2 ? "0b" : "";
  const v = BigInt(prefix + clean);
  return sign === "-" ? -v : v;
}
function pyIntBase0(text) {
  const m = PY_INT_BASE0.exec(trimSpace(text));
  if (!m) return void 0;
  const sign = m[1];
  if (m[2] !== void 0) return toBigInt(sign, m[2], 16);
  if (m[3] !== void 0) return toBigInt(sign, m[3], 8);
  if (m[4] !== void 0) return toBigInt(sign, m[4], 2);
  return toBigInt(sign, m[5] ?? m[6], 10);
}
function pyIntBase10(text) {
  const m = PY_INT_BASE10.exec(trimSpace(text));
  return m ? toBigInt(m[1], m[2], 10) : void 0;
}
function cStrtol(s) {
  const m = /^[\t\n\v\f\r ]*([+-]?)(?:0[xX]([0-9a-fA-F]+)|(0[0-7]*)|([1-9][0-9]*))$/.exec(s);
  if (!m) return void 0;
  const sign = m[1];
  const v = m[2] !== void 0 ? toBigInt(sign, m[2], 16) : m[3] !== void 0 ? toBigInt(sign, m[3], 8) : toBigInt(sign, m[4], 10);
  if (v === null || v > 0x7fffffffffffffffn || v < -0x8000000000000000n) return void 0;
  return v;
}
function parseIntOperand(line2) {
  if (line2 === "00") return { value: 0n, bool: false };
  if (line2 === "01") return { value: 1n, bool: true };
  const c = cString(line2);
  const viaStrtol = c.length === line2.length ? cStrtol(c) : void 0;
  if (viaStrtol !== void 0) {
    const bool = line2.length === 2 && (viaStrtol === 0n || viaStrtol === 1n);
    return bool ? { value: viaStrtol, bool: viaStrtol === 1n } : { value: viaStrtol };
  }
  const value = pyIntBase0(c);
  return value === void 0 ? void 0 : { value };
}
function parseLongOperand(line2) {
  const value = pyIntBase0(cString(line2.endsWith("L") ? line2.slice(0, -1) : line2));
  return value === void 0 ? void 0 : { value };
}
function parseMemoKey(line2) {
  return pyIntBase10(cString(line2));
}
var C_FLOAT = /^[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|inf|infinity|nan)$/i;
var PY_FLOAT = /^[+-]?(?:(?:[0-9](?:_?[0-9])*(?:\.(?:[0-9](?:_?[0-9])*)?)?|\.[0-9](?:_?[0-9])*)(?:[eE][+-]?[0-9](?:_?[0-9])*)?|inf|infinity|nan)$/i;
function isFloatOperand(line2) {
  const c = cString(line2);
  if (C_FLOAT.test(c) && (Number.isFinite(Number(c)) || /^[+-]?(inf|infinity|nan)$/i.test(c))) return true;
  return !line2.includes("\0") && PY_FLOAT.test(trimSpace(line2));
}
function decodeReprString(raw) {
  const q = raw[0];
  if (raw.length < 2 || q !== "'" && q !== '"' || raw[raw.length - 1] !== q) return null;
  const body = raw.slice(1, -1);
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === void 0) return null;
    const simple = REPR_ESCAPES[n];
    if (simple !== void 0) out += simple;
    else if (n === "x") {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return null;
      out += String.fromCharCode(Number.parseInt(hex, 16));
      i += 2;
    } else if (n >= "0" && n <= "7") {
      const m = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))[0];
      out += String.fromCharCode(Number.parseInt(m, 8));
      i += m.length - 1;
    } else out += `\\${n}`;
  }
  return out;
}
var REPR_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\n": ""
};
function decodeRawUnicodeEscape(raw) {
  const s = raw.toString("latin1");
  if (!s.includes("\\")) return s;
  return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, a, b) => {
    const cp = Number.parseInt(a ?? b, 16);
    return cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
  });
}
function decodeLong(bytes) {
  if (bytes.length === 0) return 0n;
  let v = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) v = v << 8n | BigInt(bytes[i]);
  if (bytes[bytes.length - 1] & 128) v -= 1n << BigInt(bytes.length * 8);
  return v;
}

// src/formats/pickle/state.ts
var DEFAULT_WALK_LIMITS = {
  maxOpcodes: 5e7,
  maxStack: 1e6,
  // A 200k-word vocabulary with its merges (protocol 2 or 4) is 800k memo entries and 1.2M items and
  // peaks near 100 MiB of heap: these limits leave room for twice that, and bound the worst case.
  maxMemo: 2e6,
  maxRetained: 3e6,
  maxString: 64 * 1024,
  maxEmbedded: 1e4
};
var MAX_SITES = 1e6;
function newBudget() {
  return {
    opcodes: 0,
    retained: 0,
    text: 64 * 1024 * 1024,
    retainedHit: false,
    embeddedHit: false,
    sites: /* @__PURE__ */ new Map(),
    extSites: /* @__PURE__ */ new Map(),
    computed: /* @__PURE__ */ new Map()
  };
}
var MEMO_ARRAY_KEYS = 1 << 24;
var WalkState = class {
  reader;
  limits;
  result;
  hooks;
  budget;
  stack = [];
  metastack = [];
  /** Offset and name of the opcode being run, and where its length-prefixed operand's bytes start. */
  at;
  opName = "";
  operandStart = 0;
  /** The PROTO in effect (the unpickler keeps the last one, not the highest). */
  proto = 0;
  /** Set by `fail`: the walk stops after the opcode that set it. */
  error;
  /** Set by STOP. */
  stopped = false;
  /** Walks one nested plain pickle at the reader's position into the same result (set by the walker). */
  walkNested = async () => {
  };
  memoSmall = [];
  memoLarge = /* @__PURE__ */ new Map();
  memoCount = 0;
  dropped;
  constructor(reader, limits, result, hooks, budget) {
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
  fail(message, limit, code) {
    if (this.error) return void 0;
    this.error = { message, offset: this.at, code: code ?? (limit !== void 0 ? "limit" : "content") };
    if (limit !== void 0) this.error.limit = limit;
    return void 0;
  }
  truncated(message) {
    return this.fail(message, void 0, "truncated");
  }
  push(v) {
    if (this.stack.length + this.metastack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, "stack");
      return;
    }
    if (v.t === "global") v.site.pushes = (v.site.pushes ?? 0) + 1;
    this.stack.push(v);
  }
  /** The popped value, or NONE after recording an underflow (the loop stops after this opcode). */
  pop() {
    const v = this.stack.pop();
    if (v !== void 0) return v;
    this.fail("stack underflow");
    return NONE;
  }
  top() {
    const v = this.stack[this.stack.length - 1];
    if (v !== void 0) return v;
    this.fail("stack underflow");
    return NONE;
  }
  mark() {
    if (this.metastack.length + this.stack.length >= this.limits.maxStack) {
      this.fail(`stack deeper than ${this.limits.maxStack}`, "stack");
      return;
    }
    this.metastack.push(this.stack);
    this.stack = [];
  }
  popMark() {
    const prev = this.metastack.pop();
    if (prev === void 0) {
      this.fail("MARK missing");
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
  keep(items, into) {
    const room = Math.max(0, Math.min(items.length, this.limits.maxRetained - this.budget.retained));
    for (let i = 0; i < room; i++) into.push(items[i]);
    this.budget.retained += room;
    if (room < items.length) this.drop(items, room);
    return items.length - room;
  }
  drop(items, from) {
    if (!this.budget.retainedHit) {
      this.budget.retainedHit = true;
      this.noteLimit(
        "retained",
        `more than ${this.limits.maxRetained} collection items; globals in the items past it count as called`
      );
    }
    for (let i = from; i < items.length; i++) {
      const it = items[i];
      if (Array.isArray(it)) {
        this.markCalled(it[0], "past the retained-items limit");
        this.markCalled(it[1], "past the retained-items limit");
      } else this.markCalled(it, "past the retained-items limit");
    }
  }
  noteLimit(limit, message) {
    this.result.limitsHit.push({ limit, message, offset: this.at });
  }
  /** Marks every global reachable from `v` (itself, container items, an object's args and items) as called. */
  markCalled(v, how) {
    if (v.t !== "global" && v.t !== "ext" && v.t !== "obj" && !("items" in v)) return;
    this.dropped ??= /* @__PURE__ */ new Set();
    const seen = this.dropped;
    const todo = [v];
    for (let x = todo.pop(); x !== void 0; x = todo.pop()) {
      if (x.t === "global" || x.t === "ext") {
        x.site.calledBy ??= how;
        continue;
      }
      if (seen.has(x)) continue;
      if (x.t === "obj") {
        seen.add(x);
        if (x.bound && x.callee.t === "global") x.callee.site.calledBy ??= how;
        if (x.items) for (const it of x.items) todo.push(it);
        if (x.args) todo.push(x.args);
      } else if (x.t === "dict") {
        seen.add(x);
        for (const [k, val] of x.items) todo.push(k, val);
      } else if ("items" in x) {
        seen.add(x);
        for (const it of x.items) todo.push(it);
      }
    }
  }
  memoPut(key, v) {
    if (typeof key === "number" && key < MEMO_ARRAY_KEYS) {
      if (this.memoSmall[key] === void 0 && !this.countMemo()) return;
      this.memoSmall[key] = v;
      return;
    }
    if (!this.memoLarge.has(key) && !this.countMemo()) return;
    this.memoLarge.set(key, v);
  }
  countMemo() {
    if (this.memoCount >= this.limits.maxMemo) {
      this.fail(`memo larger than ${this.limits.maxMemo} entries`, "memo");
      return false;
    }
    this.memoCount++;
    return true;
  }
  /** MEMOIZE stores at len(memo), the number of entries (not the highest key). */
  memoize(v) {
    this.memoPut(this.memoCount, v);
  }
  memoGet(key) {
    const v = typeof key === "number" && key < MEMO_ARRAY_KEYS ? this.memoSmall[key] : this.memoLarge.get(key);
    if (v !== void 0) return v;
    this.fail(`memo key ${key} was never stored`);
    return NONE;
  }
  /** The site of a global (shared by every occurrence of the same name under the same protocol). */
  newGlobal(module, name, opcode, unresolved) {
    const key = `${module}\0${name}\0${this.proto < 3 ? 2 : 3}\0${unresolved ?? ""}`;
    const seen = this.budget.sites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site = { module, name, offset: this.at, opcode, protocol: this.proto, count: 1 };
    if (unresolved !== void 0) site.unresolved = unresolved;
    if (this.budget.sites.size >= MAX_SITES) this.fail(`more than ${MAX_SITES} distinct globals`, "globals");
    else this.budget.sites.set(key, site);
    this.result.globals.push(site);
    return site;
  }
  /**
   * A call of something that is not a named global. Calls of the same kind (the result of the same
   * global, a persistent id...) collapse into one entry with a count and the deepest chain seen.
   */
  computedCall(opcode, callee) {
    const root = callee.t === "obj" ? callee.root : void 0;
    const kind = callee.t === "obj" ? `result of ${root ? globalName(root) : "a computed value"}` : describe(callee);
    const depth = callee.t === "obj" ? callee.depth : 0;
    const key = `${opcode}\0${kind}`;
    const seen = this.budget.computed.get(key);
    if (seen) {
      seen.count++;
      seen.depth = Math.max(seen.depth, depth);
      return;
    }
    const c = { offset: this.at, opcode, callee: kind, depth, count: 1 };
    this.budget.computed.set(key, c);
    this.result.computedCalls.push(c);
  }
  newExt(code) {
    const key = `${this.opName}\0${code}`;
    const seen = this.budget.extSites.get(key);
    if (seen) {
      seen.count++;
      return seen;
    }
    const site = { code, offset: this.at, opcode: this.opName, count: 1 };
    this.budget.extSites.set(key, site);
    this.result.exts.push(site);
    return site;
  }
};
function memoKey(v) {
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

// src/formats/pickle/handlers-data.ts
var MIN_EMBEDDED = 8;
function int(st, l) {
  const parsed = parseIntOperand(l.text.toString("latin1"));
  if (parsed === void 0) {
    st.fail(`invalid INT ${JSON.stringify(l.text.subarray(0, 40).toString("latin1"))}`);
    return;
  }
  if (parsed.bool !== void 0) st.push(parsed.bool ? TRUE : FALSE);
  else st.push({ t: "int", v: parsed.value ?? 0n });
}
function long(st, l) {
  const parsed = parseLongOperand(l.text.toString("latin1"));
  if (parsed === void 0) {
    st.fail(`invalid LONG ${JSON.stringify(l.text.subarray(0, 40).toString("latin1"))}`);
    return;
  }
  st.push({ t: "int", v: parsed.value ?? 0n });
}
function float(st, l) {
  if (!isFloatOperand(l.text.toString("latin1"))) {
    st.fail("invalid FLOAT");
    return;
  }
  st.push(FLOAT);
}
var smallInt = (st, n) => st.push(intValue(n));
function longBytes(st, c) {
  st.push({ t: "int", v: c.len <= 64 ? decodeLong(c.data) : 0n });
}
var longPayload = (st) => Math.min(64, st.limits.maxString);
function sniffEmbedded(st, head, start, length2, encoding) {
  if (length2 < MIN_EMBEDDED || !mayEmbed(head[0] ?? 0, length2)) return;
  const kind = embeddedKind(head, length2);
  if (kind === null) return;
  const max = st.limits.maxEmbedded ?? 1e4;
  if (st.result.embedded.length >= max) {
    if (!st.budget.embeddedHit) {
      st.budget.embeddedHit = true;
      st.noteLimit("embedded", `more than ${max} embedded pickles or archives; the rest were not scanned`);
    }
    return;
  }
  st.result.embedded.push({ offset: st.at, opcode: st.opName, start, length: length2, encoding, kind });
}
function latin1Head(s) {
  const head = s.slice(0, EMBED_HEAD);
  for (let i = 0; i < head.length; i++) if (head.charCodeAt(i) > 255) return null;
  return Buffer.from(head, "latin1");
}
function textMayEmbed(st, s, length2) {
  return st.hooks.embedded === true && length2 >= MIN_EMBEDDED && s.length > 0 && mayEmbed(s.charCodeAt(0), length2);
}
function binString(st, v) {
  st.push(v);
  if (textMayEmbed(st, v.s, v.len))
    sniffEmbedded(st, Buffer.from(v.s.slice(0, EMBED_HEAD), "latin1"), st.operandStart, v.len, "raw");
}
function binUnicode(st, v) {
  st.push(v);
  if (!textMayEmbed(st, v.s, v.len)) return;
  const head = latin1Head(v.s);
  const raw = head ?? Buffer.from(v.s.slice(0, EMBED_HEAD), "utf8");
  sniffEmbedded(st, raw, st.operandStart, v.len, head ? "utf8" : "raw");
}
function binBytes(st, c) {
  if (st.hooks.embedded) sniffEmbedded(st, c.data, c.start, c.len, "raw");
  st.push(strValue("", true, c.len, false));
}
function reprString(st, l) {
  if (l.length > l.text.length) {
    st.push(strValue("", false, l.length, true));
    return;
  }
  const s = decodeReprString(l.text.toString("latin1"));
  if (s === null) {
    st.fail("STRING argument is not a quoted string");
    return;
  }
  if (textMayEmbed(st, s, s.length))
    sniffEmbedded(st, Buffer.from(s.slice(0, EMBED_HEAD), "latin1"), l.start, l.length, "repr");
  st.push(strValue(s, false, s.length, false));
}
function rawUnicode(st, l) {
  const s = decodeRawUnicodeEscape(l.text);
  const head = textMayEmbed(st, s, s.length) ? latin1Head(s) : null;
  if (head) sniffEmbedded(st, head, l.start, l.length, "raw-unicode-escape");
  st.push(strValue(s, false, l.length, l.length > l.text.length));
}
function mutate(target, opcode) {
  if (target.t === "global") target.site.mutatedBy ??= opcode;
}
function keepIn(st, o, items) {
  o.items ??= [];
  st.keep(items, o.items);
}
function collection(t) {
  return (st) => {
    const items = st.popMark();
    const v = { t, items: [], dropped: 0 };
    v.dropped = st.keep(items, v.items);
    st.push(v);
  };
}
function empty(t) {
  return (st) => st.push({ t, items: [], dropped: 0 });
}
function smallTuple(n) {
  return (st) => {
    if (st.stack.length < n) {
      st.fail("stack underflow");
      return;
    }
    st.push({ t: "tuple", items: st.stack.splice(st.stack.length - n, n), dropped: 0 });
  };
}
function pairs(st, items, opcode) {
  if (items.length % 2) {
    st.fail(`${opcode} with an odd number of items`);
    return [];
  }
  const out = [];
  for (let i = 0; i + 1 < items.length; i += 2) out.push([items[i], items[i + 1]]);
  return out;
}
function dict(st) {
  const d = { t: "dict", items: [], dropped: 0 };
  d.dropped = st.keep(pairs(st, st.popMark(), "DICT"), d.items);
  st.push(d);
}
function append(st) {
  const v = st.pop();
  addItems(st, st.top(), [v], "APPEND");
}
function appends(st) {
  const items = st.popMark();
  addItems(st, st.top(), items, "APPENDS");
}
function addItems(st, target, items, opcode) {
  mutate(target, opcode);
  if (target.t === "list") target.dropped += st.keep(items, target.items);
  else if (target.t === "obj") keepIn(st, target, items);
}
function addSetItems(st) {
  const items = st.popMark();
  const set = st.top();
  mutate(set, "ADDITEMS");
  if (set.t === "set") set.dropped += st.keep(items, set.items);
}
function setItem(st) {
  const v = st.pop();
  const k = st.pop();
  const d = st.top();
  mutate(d, "SETITEM");
  if (d.t === "dict") d.dropped += st.keep([[k, v]], d.items);
  else if (d.t === "obj") keepIn(st, d, [v]);
}
function setItems(st) {
  const items = st.popMark();
  if (items.length % 2) {
    st.fail("SETITEMS with an odd number of items");
    return;
  }
  const d = st.top();
  mutate(d, "SETITEMS");
  if (d.t === "obj") keepIn(st, d, items);
  else if (d.t === "dict") d.dropped += st.keep(pairs(st, items, "SETITEMS"), d.items);
}
function pop(st) {
  if (st.stack.length) st.stack.pop();
  else st.popMark();
}
var dup = (st) => st.push(st.top());
function get(st, l) {
  const key = parseMemoKey(l.text.toString("latin1"));
  if (key === void 0 || key === null) {
    st.fail("invalid GET argument");
    return;
  }
  st.push(st.memoGet(memoKey(key)));
}
function put(st, l) {
  const key = parseMemoKey(l.text.toString("latin1"));
  if (key === void 0 || key === null) {
    st.fail("invalid PUT argument");
    return;
  }
  if (key < 0n) {
    st.fail("negative PUT argument");
    return;
  }
  st.memoPut(memoKey(key), st.top());
}
var binGet = (st, key) => st.push(st.memoGet(key));
var binPut = (st, key) => st.memoPut(key, st.top());
var memoize = (st) => st.memoize(st.top());
function proto(st, p) {
  if (p > 5) {
    st.fail(`unsupported pickle protocol ${p}`);
    return;
  }
  st.proto = p;
  st.result.protocol = Math.max(st.result.protocol, p);
}
var none = (st) => st.push(NONE);
var newTrue = (st) => st.push(TRUE);
var newFalse = (st) => st.push(FALSE);
var binFloat = (st) => st.push(FLOAT);

// src/formats/pickle/opcodes.ts
function op(code, name, operand, effect, run2) {
  const byte = typeof code === "number" ? code : code.charCodeAt(0);
  return { code: byte, name, operand, effect, run: run2 };
}
var twoLines = (st) => {
  const first = line(st);
  const second = (m) => {
    const n = line(st);
    return n instanceof Promise ? n.then((x) => [m, x]) : [m, n];
  };
  return first instanceof Promise ? first.then(second) : second(first);
};
var OPCODES = [
  // Stack and memo bookkeeping.
  op("(", "MARK", noOperand, "-> mark", (st) => st.mark()),
  op(".", "STOP", noOperand, "any ->", stop),
  op("0", "POP", noOperand, "any ->", pop),
  op("1", "POP_MARK", noOperand, "mark stackslice ->", (st) => void st.popMark()),
  op("2", "DUP", noOperand, "any -> any any", dup),
  op("g", "GET", numberLine, "-> any", get),
  op("h", "BINGET", u1, "-> any", binGet),
  op("j", "LONG_BINGET", u4, "-> any", binGet),
  op("p", "PUT", numberLine, "->", put),
  op("q", "BINPUT", u1, "->", binPut),
  op("r", "LONG_BINPUT", u4, "->", binPut),
  op(148, "MEMOIZE", noOperand, "any -> any", memoize),
  op(128, "PROTO", u1, "->", proto),
  op(149, "FRAME", length(8, false), "->", () => {
  }),
  // Numbers and constants.
  op("I", "INT", numberLine, "-> int_or_bool", int),
  op("J", "BININT", i4, "-> int", smallInt),
  op("K", "BININT1", u1, "-> int", smallInt),
  op("M", "BININT2", u2, "-> int", smallInt),
  op("L", "LONG", numberLine, "-> int", long),
  op(138, "LONG1", counted(1, false, longPayload), "-> int", longBytes),
  op(139, "LONG4", counted(4, true, longPayload), "-> int", longBytes),
  op("F", "FLOAT", numberLine, "-> float", float),
  op("G", "BINFLOAT", skip8, "-> float", binFloat),
  op("N", "NONE", noOperand, "-> None", none),
  op(136, "NEWTRUE", noOperand, "-> bool", newTrue),
  op(137, "NEWFALSE", noOperand, "-> bool", newFalse),
  // Strings and bytes.
  op("S", "STRING", line, "-> bytes_or_str", reprString),
  op("T", "BINSTRING", countedText(4, true, "latin1"), "-> bytes_or_str", binString),
  op("U", "SHORT_BINSTRING", countedText(1, false, "latin1"), "-> bytes_or_str", binString),
  op("V", "UNICODE", line, "-> str", rawUnicode),
  op("X", "BINUNICODE", countedText(4, false, "utf8"), "-> str", binUnicode),
  op(140, "SHORT_BINUNICODE", countedText(1, false, "utf8"), "-> str", binUnicode),
  op(141, "BINUNICODE8", countedText(8, false, "utf8"), "-> str", binUnicode),
  op("B", "BINBYTES", counted(4, false, bytesKeep), "-> bytes", binBytes),
  op("C", "SHORT_BINBYTES", counted(1, false, bytesKeep), "-> bytes", binBytes),
  op(142, "BINBYTES8", counted(8, false, bytesKeep), "-> bytes", binBytes),
  op(150, "BYTEARRAY8", counted(8, false, bytesKeep), "-> bytearray", binBytes),
  op(151, "NEXT_BUFFER", noOperand, "-> buffer", nextBuffer),
  op(152, "READONLY_BUFFER", noOperand, "buffer -> buffer", readonlyBuffer),
  // Containers.
  op(")", "EMPTY_TUPLE", noOperand, "-> tuple", empty("tuple")),
  op(133, "TUPLE1", noOperand, "any -> tuple", smallTuple(1)),
  op(134, "TUPLE2", noOperand, "any any -> tuple", smallTuple(2)),
  op(135, "TUPLE3", noOperand, "any any any -> tuple", smallTuple(3)),
  op("t", "TUPLE", noOperand, "mark stackslice -> tuple", collection("tuple")),
  op("]", "EMPTY_LIST", noOperand, "-> list", empty("list")),
  op("l", "LIST", noOperand, "mark stackslice -> list", collection("list")),
  op("a", "APPEND", noOperand, "list any -> list", append),
  op("e", "APPENDS", noOperand, "list mark stackslice -> list", appends),
  op("}", "EMPTY_DICT", noOperand, "-> dict", empty("dict")),
  op("d", "DICT", noOperand, "mark stackslice -> dict", dict),
  op("s", "SETITEM", noOperand, "dict any any -> dict", setItem),
  op("u", "SETITEMS", noOperand, "dict mark stackslice -> dict", setItems),
  op(143, "EMPTY_SET", noOperand, "-> set", empty("set")),
  op(144, "ADDITEMS", noOperand, "set mark stackslice -> set", addSetItems),
  op(145, "FROZENSET", noOperand, "mark stackslice -> frozenset", collection("frozenset")),
  // Imports, calls and object construction.
  op("c", "GLOBAL", twoLines, "-> any", global),
  op(147, "STACK_GLOBAL", noOperand, "str str -> any", stackGlobal),
  op("i", "INST", twoLines, "mark stackslice -> any", inst),
  op("o", "OBJ", noOperand, "mark any stackslice -> any", objOp),
  op("R", "REDUCE", noOperand, "any any -> any", reduce),
  op(129, "NEWOBJ", noOperand, "any any -> any", newObj("NEWOBJ")),
  op(146, "NEWOBJ_EX", noOperand, "any any any -> any", newObj("NEWOBJ_EX")),
  op("b", "BUILD", noOperand, "any any -> any", build),
  op(130, "EXT1", u1, "-> any", ext),
  op(131, "EXT2", u2, "-> any", ext),
  op(132, "EXT4", i4, "-> any", ext),
  op("P", "PERSID", line, "-> any", persId),
  op("Q", "BINPERSID", noOperand, "any -> any", binPersId)
];
var OPCODE_TABLE = (() => {
  const t = new Array(256).fill(void 0);
  for (const o of OPCODES) t[o.code] = o;
  return t;
})();
Object.fromEntries(
  OPCODES.map((o) => [o.code, o.name])
);

// src/formats/pickle/walker.ts
var MAX_NESTED = 64;
function emptyResult(start) {
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
    embedded: []
  };
}
var STRUCTURE_ONLY = {};
async function walkPickle(reader, limits, hooks) {
  const result = emptyResult(reader.pos);
  const st = new WalkState(reader, limits, result, hooks, newBudget());
  await run(st, 0);
  finish(st);
  return result;
}
async function run(st, nesting) {
  const { reader, limits, budget } = st;
  st.walkNested = (r) => walkNested(st, r, nesting + 1);
  for (; ; ) {
    st.at = reader.pos;
    if (++budget.opcodes > limits.maxOpcodes)
      return void st.fail(`more than ${limits.maxOpcodes} opcodes`, "opcodes");
    if (!reader.has(1) && !await reader.need(1))
      return void st.truncated("pickle truncated: no STOP opcode");
    const code = reader.byte();
    const op2 = OPCODE_TABLE[code];
    if (op2 === void 0) return void st.fail(`invalid opcode 0x${code.toString(16).padStart(2, "0")}`);
    st.result.opcodes++;
    st.opName = op2.name;
    let operand = op2.operand(st);
    if (operand instanceof Promise) operand = await operand;
    if (st.error) return;
    const done = op2.run(st, operand);
    if (done !== void 0) await done;
    if (st.error || st.stopped) return;
  }
}
async function walkNested(parent, reader, nesting) {
  if (nesting > MAX_NESTED) return void parent.fail(`pickles nested more than ${MAX_NESTED} deep`, "nesting");
  const { afterBuild: _joblibFraming, ...hooks } = parent.hooks;
  const st = new WalkState(reader, parent.limits, parent.result, hooks, parent.budget);
  await run(st, nesting);
  if (st.error) {
    parent.at = st.error.offset;
    parent.fail(`in the nested pickle: ${st.error.message}`, st.error.limit, st.error.code);
  }
}
function finish(st) {
  const { result } = st;
  if (st.error) {
    result.error = st.error;
    result.end = Math.max(st.error.offset, result.start);
  }
  for (const site of result.globals) {
    if ((site.unbuilt ?? 0) > 0) site.calledBy ??= site.instantiatedBy ?? "NEWOBJ";
  }
}

// src/formats/pickle/reader.ts
var CHUNK = 256 * 1024;
var NO_BYTES = Buffer.alloc(0);
var PickleReader = class {
  source;
  /** Absolute offset of the next byte. */
  pos;
  end;
  buf = NO_BYTES;
  bufStart = 0;
  /** Next read size: starts small (sniffing and probing usually stop within bytes) and doubles. */
  chunk = 4096;
  constructor(source, start = 0, end = source.size) {
    this.source = source;
    this.pos = start;
    this.end = Math.min(end, source.size);
  }
  remaining() {
    return this.end - this.pos;
  }
  buffered() {
    return this.bufStart + this.buf.length - this.pos;
  }
  /** Makes `n` bytes (n ≤ CHUNK) available synchronously; false when fewer than `n` are left. */
  async need(n) {
    if (this.buffered() >= n) return true;
    if (this.remaining() < n) return false;
    const len = Math.min(Math.max(n, this.chunk), this.remaining());
    this.chunk = Math.min(this.chunk * 2, CHUNK);
    this.buf = await this.source.read(this.pos, len);
    this.bufStart = this.pos;
    return this.buf.length >= n;
  }
  /** True when `n` bytes are already buffered (the fast path that avoids an await). */
  has(n) {
    return this.buffered() >= n;
  }
  byte() {
    return this.buf[this.pos++ - this.bufStart];
  }
  /** Little-endian integers at the current position (caller ensured they are buffered). */
  u16() {
    const v = this.buf.readUInt16LE(this.pos - this.bufStart);
    this.pos += 2;
    return v;
  }
  u32() {
    const v = this.buf.readUInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }
  i32() {
    const v = this.buf.readInt32LE(this.pos - this.bufStart);
    this.pos += 4;
    return v;
  }
  /** Decodes `n` buffered bytes at the current position without copying them first. */
  takeText(n, encoding) {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.toString(encoding, at, at + n);
  }
  take(n) {
    const at = this.pos - this.bufStart;
    this.pos += n;
    return this.buf.subarray(at, at + n);
  }
  /** Moves forward `n` bytes without reading them (caller checked `remaining()`). */
  skip(n) {
    this.pos += n;
  }
  /**
   * Reads `n` bytes keeping at most `keep` of them; the rest is skipped unread.
   * Caller checked `n <= remaining()`.
   */
  async bytes(n, keep) {
    const k = Math.min(n, keep);
    let out;
    if (k <= CHUNK) {
      await this.need(k);
      out = Buffer.from(this.take(k));
    } else {
      out = await this.source.read(this.pos, k);
      this.pos += k;
    }
    this.skip(n - k);
    return out;
  }
  /**
   * The next line when it is already buffered and at most `keep` bytes long (the synchronous fast path
   * of `line`); undefined otherwise. The text is a view of the buffer: use it before the next read.
   */
  bufferedLine(keep) {
    const at = this.pos - this.bufStart;
    const nl = this.buf.indexOf(10, at);
    if (nl < 0 || nl - at > keep) return void 0;
    this.pos += nl - at + 1;
    return { text: this.buf.subarray(at, nl), length: nl - at };
  }
  /**
   * Reads up to and including the next `\n` (protocol 0 arguments). Returns the line without the
   * newline, keeping at most `keep` bytes of it, plus its full length; null when no newline is left.
   * `rest` sees every piece past the kept prefix (a long number is validated without being kept).
   */
  /**
   * The line at the reader's position. `rest` sees the bytes past `keep`; `reject` sees every piece and
   * stops the read when it returns true (the line can no longer be valid): the result is then the
   * line so far, marked `rejected`, and the reader stands after it.
   */
  async line(keep, rest, reject) {
    const parts = [];
    let kept = 0;
    let length2 = 0;
    for (; ; ) {
      if (!this.has(1) && !await this.need(1)) return null;
      const at = this.pos - this.bufStart;
      const nl = this.buf.indexOf(10, at);
      const stop2 = nl < 0 ? this.buf.length : nl;
      const piece = this.buf.subarray(at, stop2);
      if (reject?.(piece)) {
        this.pos += piece.length;
        return { text: parts.length === 1 ? parts[0] : Buffer.concat(parts), length: length2, rejected: true };
      }
      const part = kept < keep ? piece.subarray(0, keep - kept) : piece.subarray(0, 0);
      if (part.length) {
        parts.push(Buffer.from(part));
        kept += part.length;
      }
      if (rest && part.length < piece.length) rest(piece.subarray(part.length));
      length2 += piece.length;
      this.pos += piece.length;
      if (nl >= 0) {
        this.pos += 1;
        return { text: parts.length === 1 ? parts[0] : Buffer.concat(parts), length: length2 };
      }
    }
  }
};

// src/formats/pickle/legacy-torch.ts
var TORCH_LEGACY_MAGIC = 0x1950a86a20f9469cfc6cn;
var STORAGE_SIZES = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1
};
function storageSize(g) {
  return g && (g.module === "torch" || g.module === "torch.cuda") ? STORAGE_SIZES[g.name] : void 0;
}
function storageSizes(persistent2) {
  const sizes = /* @__PURE__ */ new Map();
  for (const pid of persistent2) {
    if (pid.t !== "tuple") return null;
    const [tag, type, key] = pid.items;
    if (tag?.t !== "str" || tag.s !== "storage") continue;
    const size = storageSize(rootGlobal(type));
    if (key?.t !== "str" || size === void 0) return null;
    sizes.set(key.s, size);
  }
  return sizes;
}
async function skipLegacyStorages(reader, keys, sizes) {
  if (keys?.t !== "list" || keys.dropped || !sizes) return null;
  for (const k of keys.items) {
    if (k.t !== "str") return null;
    const size = sizes.get(k.s);
    if (size === void 0 || !await reader.need(8)) return null;
    const numel = reader.take(8).readBigInt64LE(0);
    const nbytes = numel * BigInt(size);
    if (numel < 0n || nbytes > BigInt(reader.remaining())) return null;
    reader.skip(Number(nbytes));
  }
  return reader.pos;
}
async function skipTarRecord(reader, layout, record) {
  if (!await reader.need(8)) return false;
  if (layout === "torch-tar-storages") {
    const size = record?.t === "tuple" ? storageSize(rootGlobal(record.items[2])) : void 0;
    if (size === void 0) return false;
    const nbytes = reader.take(8).readBigInt64LE(0) * BigInt(size);
    if (nbytes < 0n || nbytes > BigInt(reader.remaining())) return false;
    reader.skip(Number(nbytes));
    return true;
  }
  const ndim = reader.take(8).readInt32LE(0);
  const geometry = BigInt(ndim) * 16n + 8n;
  if (ndim < 0 || geometry > BigInt(reader.remaining())) return false;
  reader.skip(Number(geometry));
  return true;
}
function legacyPersistentLoad(pid) {
  if (pid.t !== "tuple" || pid.items.length < 2) return void 0;
  const tag = pid.items[0];
  return tag.t === "str" && !tag.bytes && tag.s === "module" ? pid.items[1] : void 0;
}
function tarPersistentLoad(pid) {
  return pid.t === "tuple" ? pid.items[0] : void 0;
}

export { DEFAULT_WALK_LIMITS as D, PickleReader as P, STRUCTURE_ONLY as S, TORCH_LEGACY_MAGIC as T, storageSizes as a, skipTarRecord as b, decodeRawUnicodeEscape as c, decodeReprString as d, PickleError as e, describe as f, globalName as g, legacyPersistentLoad as l, rootGlobal as r, skipLegacyStorages as s, tarPersistentLoad as t, walkPickle as w };
