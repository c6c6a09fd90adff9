/** The `policy check` and `policy init` commands (their work is in policy.ts, loaded on use). */
import type { Command } from './command.ts';
export declare const policyCheckCommand: Command;
export declare const policyInitCommand: Command;
