#!/usr/bin/env node
/**
 * The `modelvet` executable. `--version` is answered before anything else is loaded, so it costs
 * no more than starting Node; everything else loads the CLI lazily.
 */
import { VERSION } from './version.ts';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v' || args[0] === 'version')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import('./cli.ts');
  process.exitCode = await main(args);
}
