// A TypeScript project using modelvet as a package would: strict, module nodenext. The test
// compiles it against the declarations in dist/types (package.json `types` and exports `types`).
import {
  DocumentError,
  type Finding,
  lock,
  ModelvetError,
  OmsError,
  type Report,
  renderReport,
  type ScanOptions,
  type Severity,
  scan,
  sign,
  type VerificationReport,
  verify,
} from 'modelvet';

export async function gate(path: string): Promise<boolean> {
  const options: ScanOptions = { jobs: 2, failOn: 'high', onProgress: (e) => void e.bytesDone };
  const report: Report = await scan([path], options);
  const worst: Severity | undefined = report.findings[0]?.severity;
  const first: Finding | undefined = report.findings.find((f) => f.rule === 'pickle/dangerous-global');
  const failed: VerificationReport[] = report.verifications.filter((v) => !v.ok);
  console.log(worst, first?.message, failed.length, await renderReport(report, { format: 'sarif' }));
  // @ts-expect-error: a Report has no such field (so the types are real, not any)
  console.log(report.notAField);
  return report.verdict === 'pass';
}

export async function integrity(path: string): Promise<number> {
  const { path: lockFile } = await lock(path, { method: 'files' });
  await sign(path, { key: 'key.pem' });
  try {
    const result = await verify(path, { lock: lockFile });
    return result.verifications.filter((v) => v.ok).length;
  } catch (err) {
    if (err instanceof ModelvetError) console.error(err.code satisfies string);
    if (err instanceof OmsError) console.error(err.code);
    if (err instanceof DocumentError) console.error(err.at);
    // @ts-expect-error: verify() takes options, not a number
    await verify(path, 3);
    return 0;
  }
}
