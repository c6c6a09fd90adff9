/**
 * Jupyter notebooks: the code cells are joined into one Python text (imports in an early cell
 * apply to later ones); `!cmd` and `%pip`/`%conda` lines and `%%bash`/`%%sh` cells are checked as
 * shell and blanked for the Python parser. Every offset maps back to the character in the .ipynb
 * file (through JSON string escapes), so findings point at the real line of the notebook file;
 * evidence also names the cell and the line inside it.
 */
import { type JsonString, type JsonValue, jsonGet } from '../core/json.ts';
import { LineIndex, type PinSink, remap } from './hits.ts';
import { checkPython, type PythonOptions } from './python.ts';
import { parseJsonReporting } from './json-report.ts';
import { checkShell } from './shell.ts';

/** Decodes a JSON string literal's raw text, recording the raw offset of each decoded unit. */
export function decodeJsonString(raw: string, base: number): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const e = raw[i + 1]!;
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        text += String.fromCharCode(Number.parseInt(raw.slice(i + 2, i + 6), 16));
        map.push(base + i);
        i += 5;
        continue;
      }
      const simple: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        b: '\b',
        f: '\f',
        '/': '/',
        '\\': '\\',
        '"': '"',
      };
      text += simple[e] ?? e;
      map.push(base + i);
      i++;
      continue;
    }
    text += c;
    map.push(base + i);
  }
  return { text, map };
}

interface Cell {
  index: number;
  /** Offset of the cell's code in the joined text. */
  start: number;
}

/** The code cells of an nbformat 4 (`cells[]`) or nbformat 3 (`worksheets[].cells[]`) notebook. */
function cellNodesOf(root: JsonValue | undefined): JsonValue[] {
  const cellNodes: JsonValue[] = [];
  const top = root?.t === 'object' ? jsonGet(root, 'cells') : undefined;
  if (top?.t === 'array') cellNodes.push(...top.items);
  const worksheets = root?.t === 'object' ? jsonGet(root, 'worksheets') : undefined;
  for (const ws of worksheets?.t === 'array' ? worksheets.items : []) {
    const cs = ws.t === 'object' ? jsonGet(ws, 'cells') : undefined;
    if (cs?.t === 'array') cellNodes.push(...cs.items);
  }
  return cellNodes;
}

/** A code cell's source, decoded, with the file offset of every character. */
function cellSource(
  fileText: string,
  cell: JsonValue,
): { code: string; map: number[]; first: number } | undefined {
  if (cell.t !== 'object') return undefined;
  const cellType = jsonGet(cell, 'cell_type');
  if (cellType?.t !== 'string' || cellType.value !== 'code') return undefined;
  const source = jsonGet(cell, 'source') ?? jsonGet(cell, 'input');
  const pieces: JsonString[] =
    source?.t === 'string'
      ? [source]
      : source?.t === 'array'
        ? source.items.filter((n): n is JsonString => n.t === 'string')
        : [];
  let code = '';
  const map: number[] = [];
  for (const piece of pieces) {
    const d = decodeJsonString(fileText.slice(piece.offset + 1, piece.end - 1), piece.offset + 1);
    code += d.text;
    for (const o of d.map) map.push(o);
  }
  return { code, map, first: pieces[0]?.offset ?? 0 };
}

/** Checks the shell parts of a cell (`%%bash` cells, `!cmd` and `%pip` lines) and returns the code with them blanked. */
function shellParts(code: string, out: PinSink, where: string, opts: PythonOptions): string {
  if (/^\s*%%(bash|sh|script\s+(ba)?sh)\b/.test(code)) {
    checkShell(
      code.replace(/^[^\n]*/, (l) => ' '.repeat(l.length)),
      out,
      where,
      opts,
    );
    return code.replace(/[^\n]/g, ' ');
  }
  // `!cmd`, `%pip install …`, `%conda …`, `%system …`: shell, then blanked for Python.
  const blanked = code.replace(
    /^([ \t]*)(!|%(?:pip|conda|system|sx|sc)\b)([^\n]*)/gm,
    (all, ws: string, magic: string, cmd: string, at: number) => {
      const prefix = magic === '!' ? '' : magic === '%pip' ? 'pip' : magic === '%conda' ? 'conda' : '';
      const start = at + ws.length + magic.length;
      checkShell(
        prefix + cmd,
        remap(out, (o) => Math.max(start, start + o - prefix.length)),
        where,
        opts,
      );
      return ' '.repeat(all.length);
    },
  );
  return blanked.replace(/^([ \t]*)%[^\n]*/gm, (all) => ' '.repeat(all.length)); // other line magics
}

export function checkNotebook(fileText: string, out: PinSink, opts: PythonOptions = {}): void {
  const root = parseJsonReporting(fileText, out.hit, 'notebook', 'its cells may not all be checked');
  const cellNodes = cellNodesOf(root);
  if (cellNodes.length === 0) return;
  const parts: string[] = []; // joined once at the end: appending to one string and reading it is quadratic
  let length = 0;
  const pyMap: number[] = [];
  const cells: Cell[] = [];
  cellNodes.forEach((cell, i) => {
    const src = cellSource(fileText, cell);
    if (!src) return;
    const { map, first } = src;
    const toFile = remap(
      out,
      (o) => map[o] ?? first,
      () => ({ cell: i }),
    );
    let code = shellParts(src.code, toFile, `notebook cell ${i}`, opts);
    if (!code.endsWith('\n')) code += '\n';
    cells.push({ index: i, start: length });
    parts.push(code);
    length += code.length;
    for (let k = 0; k < code.length; k++) pyMap.push(map[k] ?? map.at(-1) ?? 0);
  });
  const python = parts.join('');
  const lines = new LineIndex(python);
  const toFile = remap(
    out,
    (o) => pyMap[o] ?? 0,
    (h) => {
      const cell = cellAt(cells, h.offset);
      const cellLine = cell ? lines.position(h.offset).line - lines.position(cell.start).line + 1 : undefined;
      return { cell: cell?.index, cellLine };
    },
  );
  checkPython(python, toFile, opts);
}

/** The last cell starting at or before `offset` (cells are in order). */
function cellAt(cells: readonly Cell[], offset: number): Cell | undefined {
  let lo = 0;
  let hi = cells.length - 1;
  let found: Cell | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.start <= offset) {
      found = cells[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
