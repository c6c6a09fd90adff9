/** The first schema errors, as one line; undefined for a valid report. */
export declare function validateReport(report: unknown): string | undefined;
