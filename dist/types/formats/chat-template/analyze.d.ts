/**
 * Chat templates read: template files (`*.jinja`) and the configs that hold templates, read as
 * transformers reads them (Python's json), each template vetted by running it abstractly over its
 * syntax tree (check.ts).
 */
import type { AnalyzerContext } from '../../core/analyzer.ts';
/** A Jinja template file: vetted whole. */
export declare function analyzeTemplateFile(ctx: AnalyzerContext): Promise<void>;
/** A config read as transformers reads it (Python's json): every template in it is vetted. */
export declare function analyzeConfig(ctx: AnalyzerContext): Promise<void>;
