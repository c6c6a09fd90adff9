/** The package version; a test checks it equals package.json's. */
export declare const VERSION = "0.1.0";
