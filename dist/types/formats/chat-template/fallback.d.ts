/**
 * Fallback for templates the parser refuses (itself a finding): reads the names inside {{ }} and
 * {% %} blocks and the strings in them, and reports the same things the syntax-tree walk would
 * (without the folding).
 */
import type { Report } from './access.ts';
export declare function fallbackScan(text: string, report: Report): void;
