/**
 * Jupyter notebooks: the code cells are joined into one Python text (imports in an early cell
 * apply to later ones); `!cmd` and `%pip`/`%conda` lines and `%%bash`/`%%sh` cells are checked as
 * shell and blanked for the Python parser. Every offset maps back to the character in the .ipynb
 * file (through JSON string escapes), so findings point at the real line of the notebook file;
 * evidence also names the cell and the line inside it.
 */
import { type JsonString, type JsonValue, jsonGet } from '../core/json.ts';
import type { HitSink, PinHit } from './hits.ts';
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

export function checkNotebook(fileText: string, sink: HitSink, opts: PythonOptions = {}): void {
  const root = parseJsonReporting(fileText, sink, 'notebook', 'its cells may not all be checked');
  // nbformat 4: cells[]; nbformat 3: worksheets[].cells[] with `input` instead of `source`.
  const cellNodes: JsonValue[] = [];
  const top = root?.t === 'object' ? jsonGet(root, 'cells') : undefined;
  if (top?.t === 'array') cellNodes.push(...top.items);
  const worksheets = root?.t === 'object' ? jsonGet(root, 'worksheets') : undefined;
  for (const ws of worksheets?.t === 'array' ? worksheets.items : []) {
    const cs = ws.t === 'object' ? jsonGet(ws, 'cells') : undefined;
    if (cs?.t === 'array') cellNodes.push(...cs.items);
  }
  if (cellNodes.length === 0) return;
  const parts: string[] = []; // joined once at the end: appending to one string and reading it is quadratic
  let length = 0;
  const pyMap: number[] = [];
  const cells: Cell[] = [];
  let index = 0;
  for (const cell of cellNodes) {
    const i = index++;
    if (cell.t !== 'object') continue;
    const cellType = jsonGet(cell, 'cell_type');
    if (cellType?.t !== 'string' || cellType.value !== 'code') continue;
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
    const cellStart = length;
    const shellish = /^\s*%%(bash|sh|script\s+(ba)?sh)\b/.test(code);
    const toFile = (h: PinHit): void =>
      sink({ ...h, offset: map[h.offset] ?? piece0(pieces), evidence: { ...h.evidence, cell: i } });
    if (shellish) {
      checkShell(
        code.replace(/^[^\n]*/, (l) => ' '.repeat(l.length)),
        toFile,
        `notebook cell ${i}`,
      );
      code = code.replace(/[^\n]/g, ' ');
    } else {
      // `!cmd`, `%pip install …`, `%conda …`, `%system …`: shell, then blanked for Python.
      code = code.replace(
        /^([ \t]*)(!|%(?:pip|conda|system|sx|sc)\b)([^\n]*)/gm,
        (all, ws: string, magic: string, cmd: string, at: number) => {
          const prefix = magic === '!' ? '' : magic === '%pip' ? 'pip' : magic === '%conda' ? 'conda' : '';
          const start = at + ws.length + magic.length;
          checkShell(
            prefix + cmd,
            (h) => toFile({ ...h, offset: Math.max(start, start + h.offset - prefix.length) }),
            `notebook cell ${i}`,
          );
          return ' '.repeat(all.length);
        },
      );
      code = code.replace(/^([ \t]*)%[^\n]*/gm, (all) => ' '.repeat(all.length)); // other line magics
    }
    if (!code.endsWith('\n')) code += '\n';
    parts.push(code);
    length += code.length;
    for (let k = 0; k < code.length; k++) pyMap.push(map[k] ?? map.at(-1) ?? 0);
    cells.push({ index: i, start: cellStart });
  }
  const python = parts.join('');
  checkPython(
    python,
    (h) => {
      const cell = cellAt(cells, h.offset);
      const cellLine = cell ? python.slice(cell.start, h.offset).split('\n').length : undefined;
      sink({ ...h, offset: pyMap[h.offset] ?? 0, evidence: { ...h.evidence, cell: cell?.index, cellLine } });
    },
    opts,
  );
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

function piece0(pieces: JsonString[]): number {
  return pieces[0]?.offset ?? 0;
}
