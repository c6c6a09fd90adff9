/** `modelvet explain [rule]`: what a rule means, why it matters, how to fix or allow it. */
import type { Command } from './command.ts';
export declare const explainCommand: Command;
