import type { Command } from './command.ts';
export declare function defaultHfCache(env: NodeJS.ProcessEnv): string;
export declare const pullCommand: Command;
