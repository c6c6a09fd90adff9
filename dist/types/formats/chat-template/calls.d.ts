import type { Ctx, Node, Run } from './run.ts';
import { type Scope, type Val } from './value.ts';
export declare function evalCall(run: Run, node: Node, scope: Scope, ctx: Ctx): Val;
