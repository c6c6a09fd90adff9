import { type AfterBuild } from '../pickle/walker.ts';
export declare const joblibAfterBuild: AfterBuild;
