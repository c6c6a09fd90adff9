/**
 * Makefiles: every recipe line is a shell command (GNU make runs it with /bin/sh after expanding
 * make variables). The recipe lines are kept in place (other lines blanked, the leading tab and
 * `@`/`-`/`+` prefixes blanked, `$$` unescaped to `\$`, `$(VAR)` written `${VAR}`: same length, so
 * every offset points into the Makefile), then checked as one script. A model named through a make
 * variable is reported as coming from a variable.
 */
import { remap, type PinSink } from './hits.ts';
import { checkShell, type ShellOptions } from './shell.ts';

/** The shell text of the recipes, same length as the Makefile. */
export function recipeText(text: string): string {
  const out: string[] = [];
  let inRule = false;
  let continued = false;
  let inDefine = false;
  for (const line of text.split(/(?<=\n)/)) {
    const body = line.replace(/\r?\n$/, '');
    const eol = line.slice(body.length);
    if (/^\s*define\b/.test(body)) inDefine = true;
    const recipe = !inDefine && inRule && (body.startsWith('\t') || continued);
    if (/^\s*endef\b/.test(body)) inDefine = false;
    if (recipe) {
      out.push(asShell(body, !continued) + eol);
      continued = body.endsWith('\\');
      continue;
    }
    continued = false;
    if (!inDefine && /^[^\t#=:][^=]*?::?(?!=)/.test(body)) inRule = true;
    else if (!inDefine && /^\S/.test(body) && !body.startsWith('#')) inRule = false;
    out.push(' '.repeat(body.length) + eol);
  }
  return out.join('');
}

function asShell(line: string, first: boolean): string {
  let s = first ? line.replace(/^\t[@+\-\s]*/, (m) => ' '.repeat(m.length)) : line;
  s = s.replace(/\$\$/g, '\\$');
  s = s.replace(/\$\((\w+)\)/g, (_m, name: string) => `\${${name}}`);
  return s;
}

export function checkMakefile(text: string, out: PinSink, opts: ShellOptions = {}): void {
  checkShell(
    recipeText(text),
    remap(out, (o) => o),
    'Makefile recipe',
    opts,
  );
}
