/** Shared helpers for the OMS signature tests: fixtures, test bundles, model folders. */
import { createPrivateKey, type KeyObject, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { computeManifest, statementJson } from '../../../src/verify/manifest.ts';
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE } from '../../../src/verify/oms/bundle.ts';
import { pae } from '../../../src/verify/oms/dsse.ts';
import { pemBlocks } from '../../../src/verify/oms/keys.ts';

export const FIX = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'oms');
export const fix = (name: string): string => join(FIX, name);
export const fixText = (name: string): string => readFileSync(fix(name), 'utf8');
export const privateKey = (name: string): KeyObject => createPrivateKey(fixText(name));

/** Writes files (relative path → content) under dir. */
export async function makeModel(dir: string, files: Record<string, string>): Promise<string> {
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

/** The statement payload model_signing would sign for a model path (signature file ignored). */
export async function statementFor(
  modelPath: string,
  ignorePaths: string[] = ['model.sig'],
): Promise<Buffer> {
  return Buffer.from(statementJson(await computeManifest(modelPath, { ignorePaths })), 'utf8');
}

/** A certificate-flow bundle: DSSE signed by `key`, chain = certificate PEM texts (leaf first). */
export function certificateBundle(
  payload: Buffer,
  key: KeyObject,
  chainPems: string[],
  hash = 'sha384',
): string {
  const certificates = chainPems.flatMap((p) =>
    pemBlocks(p).map((b) => ({ rawBytes: b.der.toString('base64') })),
  );
  return JSON.stringify({
    mediaType: BUNDLE_V03_MEDIA_TYPE,
    verificationMaterial: { x509CertificateChain: { certificates }, tlogEntries: [] },
    dsseEnvelope: {
      payload: payload.toString('base64'),
      payloadType: IN_TOTO_PAYLOAD_TYPE,
      signatures: [
        { sig: sign(hash, pae(IN_TOTO_PAYLOAD_TYPE, payload), key).toString('base64'), keyid: '' },
      ],
    },
  });
}

/** Replaces the DSSE payload of a bundle (signature unchanged). */
export function withPayload(bundleJson: string, payload: Buffer): string {
  const b = JSON.parse(bundleJson);
  b.dsseEnvelope.payload = payload.toString('base64');
  return JSON.stringify(b);
}

export function payloadOf(bundleJson: string): Buffer {
  return Buffer.from(JSON.parse(bundleJson).dsseEnvelope.payload, 'base64');
}
