/**
 * Backdoors in the prompt text a template writes: a branch that adds a system turn or concealment
 * text only when a message contains a trigger word (published "poisoned GGUF chat template"
 * research), and links, scripts, install commands or instruction overrides added to every prompt.
 */
import type { Report } from './access.ts';
import type { Node } from './run.ts';
export declare function checkBackdoors(program: Node, report: Report): void;
