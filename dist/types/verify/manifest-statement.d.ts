import { type Resource, type Serialization } from './manifest.ts';
import { BaseError } from '../core/errors.ts';
export interface ParsedStatement {
    modelName: string;
    rootDigest?: string;
    serialization: Serialization;
    resources: Resource[];
    predicateType: string;
}
/** Why a statement is refused: its shape or JSON, its predicate type, or a root digest that does not match. */
export type StatementErrorCode = 'INVALID_STATEMENT' | 'PREDICATE_TYPE' | 'ROOT_DIGEST';
export declare class StatementError extends BaseError<StatementErrorCode> {
    constructor(message: string, code?: StatementErrorCode);
}
/** Parses a statement's JSON text or bytes; throws StatementError with a one-line reason. */
export declare function parseStatement(text: string | Uint8Array): ParsedStatement;
