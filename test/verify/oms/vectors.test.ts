/**
 * Every OMS vector in ../shared/vectors/oms (model_signing's signed test folders and the OMS spec
 * test vectors) gets its documented result: signature verified offline, then the signed statement
 * compared with a fresh manifest of the model. Skipped when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAgainstResources } from '../../../src/verify/manifest-check.ts';
import { OmsError } from '../../../src/verify/oms/errors.ts';
import {
  loadOmsTrust,
  type OmsTrustOptions,
  verifyOmsBundleJson,
  verifyOmsSignatureFile,
} from '../../../src/verify/oms/verify.ts';
import { SHARED_DIR } from '../../helpers/tmp.ts';

const V = join(SHARED_DIR, 'vectors', 'oms');
const MT = join(V, 'model-transparency', 'scripts', 'tests');
const KEYS = join(MT, 'keys', 'certificate');
const SPEC = join(V, 'ossf-model-signing-spec');
const present = existsSync(MT) && existsSync(SPEC);

const sigstore: OmsTrustOptions = {
  method: 'sigstore',
  identity: 'stefanb@us.ibm.com',
  issuer: 'https://sigstore.verify.ibm.com/oauth2',
};
const key: OmsTrustOptions = { method: 'key', key: join(KEYS, 'signing-key-pub.pem') };
const certificate: OmsTrustOptions = { method: 'certificate', certificateChain: [join(KEYS, 'ca-cert.pem')] };

interface Vector {
  name: string;
  signature: string;
  model: string;
  trust: OmsTrustOptions;
  ignorePaths?: string[];
  /** undefined = passes; otherwise the stage and code or text it fails with. */
  fails?: { signature: string } | { files: RegExp };
  pae?: 'standard' | 'compat';
  legacy?: boolean;
  root?: string;
}

function mt(folder: string, opts: Partial<Vector> = {}): Vector {
  const trust = folder.endsWith('sigstore') ? sigstore : folder.endsWith('elliptic-key') ? key : certificate;
  // v0.3.1 and v1.0.0 key vectors signed the single file signme-1 (resource ".").
  const singleFile = /^v(0\.3\.1|1\.0\.0)-elliptic-key$/.test(folder);
  return {
    name: folder,
    signature: join(MT, folder, 'model.sig'),
    model: singleFile ? join(MT, folder, 'signme-1') : join(MT, folder),
    trust,
    ...opts,
  };
}

const vectors: Vector[] = [
  mt('v0.2.0-certificate', { pae: 'compat', legacy: true }),
  mt('v0.3.1-certificate', { root: '61d4849d' }),
  mt('v0.3.1-elliptic-key', { root: 'afa48c86' }),
  mt('v0.3.1-sigstore', { root: '61d4849d' }),
  mt('v1.0.0-certificate'),
  mt('v1.0.0-elliptic-key'),
  mt('v1.0.0-sigstore'),
  mt('v1.0.1-certificate', { ignorePaths: ['ignore-me'] }),
  mt('v1.0.1-elliptic-key', { ignorePaths: ['ignore-me'] }),
  mt('v1.0.1-sigstore', { ignorePaths: ['ignore-me'] }),
  {
    ...mt('v1.0.1-certificate'),
    name: 'v1.0.1-certificate without --ignore-paths',
    fails: { files: /ignore-me/ },
  },
  {
    ...mt('v1.0.1-elliptic-key'),
    name: 'v1.0.1-elliptic-key without --ignore-paths',
    fails: { files: /ignore-me/ },
  },
  { ...mt('v1.0.1-sigstore'), name: 'v1.0.1-sigstore without --ignore-paths', fails: { files: /ignore-me/ } },
  mt('v1.1.0-certificate'),
  mt('v1.1.0-elliptic-key', { root: '92745110' }),
  mt('v1.1.0-sigstore'),
  ...(['key', 'certificate'] as const).map(
    (k): Vector => ({
      name: `spec valid/${k}`,
      signature: join(SPEC, 'test-vectors/v1.0/valid', `${k}.bundle.json`),
      model: join(SPEC, 'model'),
      trust: k === 'key' ? key : certificate,
    }),
  ),
  {
    name: 'spec valid/sigstore',
    signature: join(SPEC, 'test-vectors/v1.0/valid/sigstore.bundle.json'),
    model: join(MT, 'v1.1.0-sigstore'),
    trust: sigstore,
  },
  {
    name: 'spec invalid-payload/wrong-predicate (key)',
    signature: join(SPEC, 'test-vectors/v1.0/invalid-payload/wrong-predicate.bundle.json'),
    model: join(SPEC, 'model'),
    trust: key,
    fails: { signature: 'SIGNATURE_ERROR' },
  },
  {
    name: 'spec invalid/missing-tlog-entries',
    signature: join(SPEC, 'test-vectors/v1.0/invalid/missing-tlog-entries.bundle.json'),
    model: join(MT, 'v1.1.0-sigstore'),
    trust: sigstore,
    fails: { signature: 'TLOG_ERROR' },
  },
  ...(['missing-verification-material', 'missing-envelope', 'empty'] as const).flatMap((f) =>
    [key, sigstore, certificate].map(
      (trust): Vector => ({
        name: `spec invalid/${f} (${trust.method})`,
        signature: join(SPEC, 'test-vectors/v1.0/invalid', `${f}.bundle.json`),
        model: join(SPEC, 'model'),
        trust,
        fails: { signature: 'BUNDLE_PARSE_ERROR' },
      }),
    ),
  ),
];

describe.skipIf(!present)('OMS vectors (../shared/vectors/oms)', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_name, v) => {
    let result: Awaited<ReturnType<typeof verifyOmsSignatureFile>>;
    try {
      result = await verifyOmsSignatureFile(v.signature, v.trust);
    } catch (err) {
      if (v.fails && 'signature' in v.fails) {
        expect(err).toBeInstanceOf(OmsError);
        expect((err as OmsError).code).toBe(v.fails.signature);
        expect((err as Error).message).not.toContain('\n');
        return;
      }
      throw err;
    }
    expect(v.fails && 'signature' in v.fails ? 'verified' : 'ok').toBe('ok');
    expect(result.method).toBe(v.trust.method);
    expect(result.pae).toBe(v.pae ?? 'standard');
    expect(result.legacy).toBe(v.legacy ?? false);
    if (v.root) expect(result.statement.rootDigest?.startsWith(v.root)).toBe(true);
    if (v.trust.method === 'sigstore') {
      expect(result.signer.identity).toBe('stefanb@us.ibm.com');
      expect(result.signer.timestamps).toContain('transparency-log');
    }
    if (v.trust.method === 'key')
      expect(result.signer.keyHint).toBe('e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e');
    const outcome = await verifyAgainstResources(
      v.model,
      result,
      { kind: 'signature', source: v.signature, sourcePath: v.signature },
      { ignorePaths: v.ignorePaths ?? [] },
    );
    if (v.fails && 'files' in v.fails) {
      expect(outcome.verification.ok).toBe(false);
      expect(outcome.verification.message).toMatch(v.fails.files);
    } else {
      expect(outcome.verification.message).toMatch(/match/);
      expect(outcome.verification.ok).toBe(true);
    }
  });

  it('the v1.1.0 sigstore vector carries an RFC 3161 timestamp that is verified too', async () => {
    const r = await verifyOmsSignatureFile(join(MT, 'v1.1.0-sigstore', 'model.sig'), sigstore);
    expect(r.signer.timestamps).toEqual(expect.arrayContaining(['transparency-log', 'timestamp-authority']));
  });

  it('a key vector verified with another P-384 key fails on the hint (v1.1) or the embedded key (older)', async () => {
    const other: OmsTrustOptions = {
      method: 'key',
      key: join(import.meta.dirname, '../../../fixtures/oms/p384-pub.pem'),
    };
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-elliptic-key', 'model.sig'), other),
    ).rejects.toMatchObject({
      code: 'KEY_MISMATCH_ERROR',
    });
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.0.0-elliptic-key', 'model.sig'), other),
    ).rejects.toMatchObject({
      code: 'KEY_MISMATCH_ERROR',
    });
  });

  it('a certificate vector verified against another root fails to chain', async () => {
    const other: OmsTrustOptions = {
      method: 'certificate',
      certificateChain: [join(import.meta.dirname, '../../../fixtures/oms/pki-root.pem')],
    };
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-certificate', 'model.sig'), other),
    ).rejects.toMatchObject({
      code: 'CERTIFICATE_CHAIN_ERROR',
    });
  });

  it('a flow mismatch is named: a key bundle with --certificate-chain, a certificate bundle with --key', async () => {
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-elliptic-key', 'model.sig'), certificate),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_MATERIAL_ERROR',
    });
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-certificate', 'model.sig'), key),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_MATERIAL_ERROR',
    });
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-certificate', 'model.sig'), sigstore),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_MATERIAL_ERROR',
    });
  });
});

describe.skipIf(!present)('a Sigstore bundle cannot pass the certificate flow', () => {
  it('a Fulcio certificate is refused with --certificate-chain, whatever anchors are given', async () => {
    const chain: OmsTrustOptions = { method: 'certificate', certificateChain: [join(KEYS, 'ca-cert.pem')] };
    await expect(
      verifyOmsSignatureFile(join(MT, 'v1.1.0-sigstore', 'model.sig'), chain),
    ).rejects.toMatchObject({
      code: 'VERIFICATION_MATERIAL_ERROR',
      message: expect.stringMatching(/--identity\/--issuer/),
    });
  });

  it('also when its Fulcio certificate is repackaged as a certificate chain', async () => {
    const b = JSON.parse(readFileSync(join(MT, 'v1.1.0-sigstore', 'model.sig'), 'utf8'));
    const raw = b.verificationMaterial.certificate.rawBytes;
    b.verificationMaterial = { x509CertificateChain: { certificates: [{ rawBytes: raw }] }, tlogEntries: [] };
    const trust = await loadOmsTrust({
      method: 'certificate',
      certificateChain: [join(KEYS, 'ca-cert.pem')],
    });
    expect(() => verifyOmsBundleJson(JSON.stringify(b), trust)).toThrow(/issued by Sigstore \(Fulcio\)/);
  });
});
