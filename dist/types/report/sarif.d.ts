import { type RuleLookup, type Severity } from '../core/finding.ts';
import type { Report } from '../core/report.ts';
/** GitHub accepts at most 25,000 results per run (and shows the top 5,000 by severity). */
export declare const SARIF_MAX_RESULTS = 25000;
/** GitHub maps >9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
export declare const SECURITY_SEVERITY: Record<Severity, string>;
export type SarifLevel = 'error' | 'warning' | 'note';
export declare function sarifLevel(severity: Severity): SarifLevel;
export interface SarifOptions {
    /** Folder the relative URIs are relative to (default: process.cwd()). */
    cwd?: string;
    /** Results kept (default and maximum SARIF_MAX_RESULTS). */
    maxResults?: number;
    /** automationDetails.id category (default `modelvet`). */
    category?: string;
    /** The run did not happen (an input error): said in the invocation, which is marked unsuccessful. */
    error?: string;
    /** Where rule texts come from (default: the default scanner's rules; pass `scanner.rule` for your own). */
    rules?: RuleLookup;
}
/** A relative URI for a path inside `cwd`, a file:// URI otherwise (never throws, whatever the name). */
export declare function artifactUri(path: string, cwd: string): string;
export declare function buildSarif(report: Report, options?: SarifOptions): {
    $schema: string;
    version: '2.1.0';
    runs: {
        tool: {
            driver: {
                name: string;
                version: string;
                semanticVersion: string;
                informationUri: string;
                rules: {
                    id: string;
                    name: string;
                    shortDescription: {
                        text: string;
                    };
                    fullDescription: {
                        text: string;
                    };
                    help: {
                        text: string;
                        markdown: string;
                    };
                    defaultConfiguration: {
                        level: SarifLevel;
                    };
                    properties: {
                        tags: string[];
                        'security-severity': string;
                    };
                }[];
            };
        };
        automationDetails: {
            id: string;
        };
        invocations: {
            executionSuccessful: boolean;
            startTimeUtc: string;
            endTimeUtc: string;
            workingDirectory: {
                uri: string;
            };
            toolExecutionNotifications: {
                level: 'error';
                message: {
                    text: string;
                };
            }[] | undefined;
        }[];
        columnKind: 'utf16CodeUnits';
        results: ({
            suppressions?: undefined;
            ruleId: string;
            ruleIndex: number;
            level: SarifLevel;
            message: {
                text: string;
            };
            locations: {
                physicalLocation: {
                    artifactLocation: {
                        uri: string;
                    };
                    region: {
                        startLine: number;
                        startColumn: number | undefined;
                    } | undefined;
                };
            }[];
            partialFingerprints: {
                primaryLocationLineHash: string;
                'modelvet/v1': string;
            };
            properties: {
                severity: "critical" | "high" | "info" | "low" | "medium";
                member: string[] | undefined;
                offset: number | undefined;
                evidence: unknown;
            };
        } | {
            suppressions: {
                kind: 'external';
                status: 'accepted';
                justification: string;
            }[];
            ruleId: string;
            ruleIndex: number;
            level: SarifLevel;
            message: {
                text: string;
            };
            locations: {
                physicalLocation: {
                    artifactLocation: {
                        uri: string;
                    };
                    region: {
                        startLine: number;
                        startColumn: number | undefined;
                    } | undefined;
                };
            }[];
            partialFingerprints: {
                primaryLocationLineHash: string;
                'modelvet/v1': string;
            };
            properties: {
                severity: "critical" | "high" | "info" | "low" | "medium";
                member: string[] | undefined;
                offset: number | undefined;
                evidence: unknown;
            };
        })[];
        properties: {
            verdict: import("../core/report.ts").Verdict;
            reason: string;
            failOn: "critical" | "high" | "info" | "low" | "medium";
            summary: {
                files: number;
                bytes: number;
                findings: number;
                bySeverity: Record<Severity, number>;
                throughput: number;
                suppressed?: number;
            };
            verifications: import("../core/report.ts").VerificationReport[] | undefined;
            resultsTruncated?: boolean | undefined;
            resultsTotal?: number | undefined;
            resultsIncluded?: number | undefined;
            resultsNote?: string | undefined;
        };
    }[];
};
export declare function renderSarif(report: Report, options?: SarifOptions): string;
