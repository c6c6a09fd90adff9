/** True when `global` (`module.name`) is on modelvet's pickle denylist. */
export type IsDenied = (global: string) => boolean;
export declare const pickleIsDenied: IsDenied;
