/**
 * Tampering and policy failures, each with a typed code and a one-line reason: identity and issuer
 * on the real public-good Sigstore vector (skipped without ../shared), edited payloads and
 * signatures, keys that are not the signer's, and certificate chains that must not verify
 * (outside validity, no signing usage, issuer not a CA, same-name impostor root).
 */
import { createHash, sign } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBundle } from '../../../src/verify/oms/bundle.ts';
import { parseCertificatesPem } from '../../../src/verify/oms/certificate.ts';
import { paeCompat } from '../../../src/verify/oms/dsse.ts';
import { OmsError } from '../../../src/verify/oms/errors.ts';
import { parsePublicKeyPem } from '../../../src/verify/oms/keys.ts';
import {
  loadOmsTrust,
  type OmsTrust,
  verifyOmsBundle,
  verifyOmsBundleJson,
} from '../../../src/verify/oms/verify.ts';
import { keyBundle } from '../../../src/verify/sign.ts';
import { SHARED_DIR } from '../../helpers/tmp.ts';
import { certificateBundle, fix, fixText, payloadOf, privateKey, withPayload } from './helpers.ts';

function expectFail(f: () => unknown, code: string, pattern?: RegExp): string {
  let err: unknown;
  try {
    f();
  } catch (e) {
    err = e;
  }
  expect(err, `expected ${code}`).toBeInstanceOf(OmsError);
  expect((err as OmsError).code).toBe(code);
  const msg = (err as Error).message;
  expect(msg).not.toMatch(/[\n\r]/);
  if (pattern) expect(msg).toMatch(pattern);
  return msg;
}

/** A self-consistent OMS statement (root digest = SHA-256 of the one resource digest). */
const DIGEST = 'ab'.repeat(32);
const PAYLOAD = Buffer.from(
  JSON.stringify(
    {
      _type: 'https://in-toto.io/Statement/v1',
      subject: [
        {
          name: 'm',
          digest: { sha256: createHash('sha256').update(Buffer.from(DIGEST, 'hex')).digest('hex') },
        },
      ],
      predicateType: 'https://model_signing/signature/v1.0',
      predicate: {
        serialization: { method: 'files', hash_type: 'sha256', allow_symlinks: false },
        resources: [{ name: 'w.bin', algorithm: 'sha256', digest: DIGEST }],
      },
    },
    null,
    2,
  ),
);

const keyTrust = (pub: string): OmsTrust => ({ method: 'key', key: parsePublicKeyPem(fixText(pub)) });
const chainTrust = (...pems: string[]): OmsTrust => ({
  method: 'certificate',
  anchors: pems.flatMap((p) => parseCertificatesPem(fixText(p), p)),
});

describe('key flow tampering', () => {
  const good = keyBundle(PAYLOAD, privateKey('p384-key.pem')).json;

  it('the untouched bundle verifies', () => {
    expect(verifyOmsBundleJson(good, keyTrust('p384-pub.pem')).resources[0]?.name).toBe('w.bin');
  });

  it('a bundle whose payload was edited fails the signature', () => {
    const edited = Buffer.from(payloadOf(good).toString().replace('w.bin', 'x.bin'));
    expectFail(
      () => verifyOmsBundleJson(withPayload(good, edited), keyTrust('p384-pub.pem')),
      'SIGNATURE_ERROR',
    );
  });

  it('a flipped signature byte fails', () => {
    const b = JSON.parse(good);
    const sig = Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64');
    sig[sig.length - 3] = (sig[sig.length - 3] ?? 0) ^ 1;
    b.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    expectFail(() => verifyOmsBundleJson(JSON.stringify(b), keyTrust('p384-pub.pem')), 'SIGNATURE_ERROR');
  });

  it('another key fails on the hint, and on the signature when the hint is removed', () => {
    expectFail(() => verifyOmsBundleJson(good, keyTrust('p256-pub.pem')), 'KEY_MISMATCH_ERROR');
    const b = JSON.parse(good);
    delete b.verificationMaterial.publicKey.hint;
    const r = verifyOmsBundleJson(JSON.stringify(b), keyTrust('p384-pub.pem'));
    expect(r.warnings.join(' ')).toMatch(/no key hint/);
    expectFail(() => verifyOmsBundleJson(JSON.stringify(b), keyTrust('p256-pub.pem')), 'SIGNATURE_ERROR');
  });

  it('a signature made with SHA-256 on P-384 (the sigstore-js pitfall) does not pass as the curve hash', () => {
    // model_signing signs P-384 with SHA-384; a SHA-256 signature over the standard PAE is not one.
    const sig = sign(
      'sha256',
      Buffer.concat([Buffer.from(`DSSEv1 28 application/vnd.in-toto+json ${PAYLOAD.length} `), PAYLOAD]),
      privateKey('p384-key.pem'),
    );
    const b = JSON.parse(good);
    b.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    expectFail(() => verifyOmsBundleJson(JSON.stringify(b), keyTrust('p384-pub.pem')), 'SIGNATURE_ERROR');
  });

  it('an edited statement whose root digest no longer matches is refused even when signed', () => {
    const forged = Buffer.from(PAYLOAD.toString().replace(DIGEST, 'cd'.repeat(32)));
    const json = keyBundle(forged, privateKey('p384-key.pem')).json;
    expectFail(() => verifyOmsBundleJson(json, keyTrust('p384-pub.pem')), 'ROOT_DIGEST_ERROR');
  });

  it('another predicate type or payload type is refused even when signed', () => {
    const other = Buffer.from(
      PAYLOAD.toString().replace('model_signing/signature/v1.0', 'example.com/wrong/v1'),
    );
    expectFail(
      () => verifyOmsBundleJson(keyBundle(other, privateKey('p384-key.pem')).json, keyTrust('p384-pub.pem')),
      'PREDICATE_TYPE_ERROR',
    );
    const b = JSON.parse(good);
    b.dsseEnvelope.payloadType = 'text/plain';
    // The PAE covers payloadType, so the signature check fails first.
    expectFail(() => verifyOmsBundleJson(JSON.stringify(b), keyTrust('p384-pub.pem')), 'SIGNATURE_ERROR');
  });

  it('a non-v0.3 media type is refused for key bundles', () => {
    const b = JSON.parse(good);
    b.mediaType = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
    expectFail(
      () => verifyOmsBundleJson(JSON.stringify(b), keyTrust('p384-pub.pem')),
      'BUNDLE_MEDIA_TYPE_ERROR',
    );
  });

  it('keys OMS does not use are refused with the reason', () => {
    expectFail(() => parsePublicKeyPem(fixText('ed25519-pub.pem'), 'ed'), 'KEY_ERROR', /ed25519/);
    expectFail(() => parsePublicKeyPem(fixText('rsa-pub.pem'), 'rsa'), 'KEY_ERROR', /rsa/);
    expectFail(() => parsePublicKeyPem(fixText('secp256k1-pub.pem'), 'k1'), 'KEY_ERROR', /secp256k1/);
    expectFail(() => parsePublicKeyPem(fixText('pki-leaf.pem'), 'cert'), 'KEY_ERROR', /certificate-chain/);
    expectFail(() => parsePublicKeyPem(fixText('p256-key.pem'), 'priv'), 'KEY_ERROR', /private key/);
  });
});

describe('certificate flow', () => {
  const leafKey = privateKey('pki-leaf-key.pem');
  const bundleWith = (...chain: string[]) => certificateBundle(PAYLOAD, leafKey, chain.map(fixText));

  it('leaf + intermediate in the bundle chain to the root; names are not used (leaf subject = issuer subject)', () => {
    const r = verifyOmsBundleJson(
      bundleWith('pki-leaf.pem', 'pki-intermediate.pem'),
      chainTrust('pki-root.pem'),
    );
    expect(r.method).toBe('certificate');
    expect(r.signer.chain).toEqual([
      'CN=modelvet test intermediate',
      'CN=modelvet test intermediate',
      'CN=modelvet test root',
    ]);
    // Checked at the leaf's notBefore: the 2025-2026 leaf has expired, which is only a warning.
    expect(r.signer.chainCheckedAt).toBe('2025-01-01T00:00:00.000Z');
    expect(r.warnings.join(' ')).toMatch(/expired/);
  });

  it('the intermediate may come from --certificate-chain instead of the bundle', () => {
    const r = verifyOmsBundleJson(
      bundleWith('pki-leaf.pem'),
      chainTrust('pki-root.pem', 'pki-intermediate.pem'),
    );
    expect(r.signer.chain?.length).toBe(2);
  });

  it('EKU codeSigning without KeyUsage is accepted', () => {
    expect(
      verifyOmsBundleJson(
        bundleWith('pki-leaf-eku-only.pem', 'pki-intermediate.pem'),
        chainTrust('pki-root.pem'),
      ).method,
    ).toBe('certificate');
  });

  it('a certificate outside its validity (leaf issued before or after its issuer was valid) fails', () => {
    for (const leaf of ['pki-leaf-before-issuer.pem', 'pki-leaf-after-issuer.pem']) {
      expectFail(
        () => verifyOmsBundleJson(bundleWith(leaf, 'pki-intermediate.pem'), chainTrust('pki-root.pem')),
        'CERTIFICATE_VALIDITY_ERROR',
        /not valid at/,
      );
    }
  });

  it('a leaf whose usages do not allow signing fails', () => {
    expectFail(
      () =>
        verifyOmsBundleJson(
          bundleWith('pki-leaf-no-signing.pem', 'pki-intermediate.pem'),
          chainTrust('pki-root.pem'),
        ),
      'CERTIFICATE_ERROR',
      /digitalSignature/,
    );
  });

  it('an issuer that is not a CA cannot issue the leaf', () => {
    expectFail(
      () =>
        verifyOmsBundleJson(
          bundleWith('pki-leaf-under-not-ca.pem', 'pki-not-ca.pem'),
          chainTrust('pki-root.pem'),
        ),
      'CERTIFICATE_CHAIN_ERROR',
      /not a CA/,
    );
  });

  it('an issuer with a critical extension the verifier does not evaluate (nameConstraints) is refused', () => {
    expectFail(
      () =>
        verifyOmsBundleJson(
          bundleWith('pki-leaf-under-name-constrained.pem', 'pki-name-constrained.pem'),
          chainTrust('pki-root.pem'),
        ),
      'CERTIFICATE_CHAIN_ERROR',
      /unsupported critical extension 2\.5\.29\.30/,
    );
  });

  it('a root with the same name but another key is not trusted (no name-based chaining)', () => {
    expectFail(
      () =>
        verifyOmsBundleJson(
          bundleWith('pki-leaf.pem', 'pki-intermediate.pem'),
          chainTrust('pki-other-root.pem'),
        ),
      'CERTIFICATE_CHAIN_ERROR',
    );
  });

  it('without the intermediate anywhere, the chain is incomplete', () => {
    expectFail(
      () => verifyOmsBundleJson(bundleWith('pki-leaf.pem'), chainTrust('pki-root.pem')),
      'CERTIFICATE_CHAIN_ERROR',
    );
  });

  it('an edited payload fails the signature; a signature by another key fails too', () => {
    const good = bundleWith('pki-leaf.pem', 'pki-intermediate.pem');
    const edited = Buffer.from(payloadOf(good).toString().replace('w.bin', 'x.bin'));
    expectFail(
      () => verifyOmsBundleJson(withPayload(good, edited), chainTrust('pki-root.pem')),
      'SIGNATURE_ERROR',
    );
    const byOther = certificateBundle(PAYLOAD, privateKey('p384-key.pem'), [
      fixText('pki-leaf.pem'),
      fixText('pki-intermediate.pem'),
    ]);
    expectFail(() => verifyOmsBundleJson(byOther, chainTrust('pki-root.pem')), 'SIGNATURE_ERROR');
  });

  it('loads anchors from files, and names a file without certificates', async () => {
    const t = await loadOmsTrust({ method: 'certificate', certificateChain: [fix('pki-root.pem')] });
    expect(verifyOmsBundle(parseBundle(bundleWith('pki-leaf.pem', 'pki-intermediate.pem')), t).method).toBe(
      'certificate',
    );
    await expect(
      loadOmsTrust({ method: 'certificate', certificateChain: [fix('p256-pub.pem')] }),
    ).rejects.toMatchObject({
      code: 'CERTIFICATE_ERROR',
    });
  });
});

const SIGSTORE_VECTOR = join(
  SHARED_DIR,
  'vectors/oms/model-transparency/scripts/tests/v1.1.0-sigstore/model.sig',
);

describe.skipIf(!existsSync(SIGSTORE_VECTOR))('keyless policy on the real public-good vector', () => {
  const json = existsSync(SIGSTORE_VECTOR) ? readFileSync(SIGSTORE_VECTOR, 'utf8') : '';
  const ID = 'stefanb@us.ibm.com';
  const ISSUER = 'https://sigstore.verify.ibm.com/oauth2';
  let trust: (p: { identity?: string; identityRegexp?: string; issuer?: string }) => Promise<OmsTrust>;
  trust = async (p) =>
    loadOmsTrust({
      method: 'sigstore',
      issuer: p.issuer ?? ISSUER,
      ...(p.identity !== undefined ? { identity: p.identity } : {}),
      ...(p.identityRegexp !== undefined ? { identityRegexp: p.identityRegexp } : {}),
    });

  it('passes with the exact identity and issuer (embedded trusted root, offline)', async () => {
    const r = verifyOmsBundleJson(json, await trust({ identity: ID }));
    expect(r.signer).toMatchObject({ identity: ID, issuer: ISSUER });
  });

  it('a wrong identity fails', async () => {
    const t = await trust({ identity: 'mallory@example.com' });
    expectFail(() => verifyOmsBundleJson(json, t), 'IDENTITY_ERROR', /stefanb@us\.ibm\.com/);
  });

  it('a wrong issuer fails', async () => {
    const t = await trust({ identity: ID, issuer: 'https://accounts.google.com' });
    expectFail(() => verifyOmsBundleJson(json, t), 'ISSUER_ERROR', /sigstore\.verify\.ibm\.com/);
  });

  it('identities that match only as unanchored substrings or regex wildcards fail', async () => {
    for (const identity of ['stefanb@us', 'us.ibm.com', 's.e.anb@us.ibm.com', 'stefanb@us.ibm.com.evil']) {
      const t = await trust({ identity });
      expectFail(() => verifyOmsBundleJson(json, t), 'IDENTITY_ERROR');
    }
    for (const identityRegexp of ['stefanb@us', 'ibm\\.com', 'stefanb']) {
      const t = await trust({ identityRegexp });
      expectFail(() => verifyOmsBundleJson(json, t), 'IDENTITY_ERROR');
    }
    // A regexp that covers the whole identity passes.
    expect(
      verifyOmsBundleJson(json, await trust({ identityRegexp: '[a-z]+@us\\.ibm\\.com' })).signer.identity,
    ).toBe(ID);
  });

  it('a bundle whose payload was edited fails against the transparency log', async () => {
    const edited = Buffer.from(payloadOf(json).toString().replace('signme-1', 'signme-X'));
    const t = await trust({ identity: ID });
    expectFail(
      () => verifyOmsBundleJson(withPayload(json, edited), t),
      'TLOG_ERROR',
      /payload hash mismatch/,
    );
  });

  it('a public key trust cannot verify it, and a key bundle cannot pass as keyless', async () => {
    expectFail(() => verifyOmsBundleJson(json, keyTrust('p384-pub.pem')), 'VERIFICATION_MATERIAL_ERROR');
    const keyed = keyBundle(PAYLOAD, privateKey('p256-key.pem')).json;
    const t = await trust({ identity: ID });
    expectFail(() => verifyOmsBundleJson(keyed, t), 'VERIFICATION_MATERIAL_ERROR');
  });
});

describe('legacy v0.2 signatures (compat PAE, Digests/v0.1)', () => {
  const legacy = Buffer.from(
    JSON.stringify(
      {
        _type: 'https://in-toto.io/Statement/v1',
        subject: [
          {
            name: 'w.bin',
            digest: { sha256: DIGEST },
            annotations: { actual_hash_algorithm: 'file-sha256' },
          },
        ],
        predicateType: 'https://model_signing/Digests/v0.1',
        predicate: { unused: 'Unused, just passed due to API requirements' },
      },
      null,
      2,
    ),
  );
  const compatBundle = (material: object, hash: string, key: string) =>
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      verificationMaterial: material,
      dsseEnvelope: {
        payload: legacy.toString('base64'),
        payloadType: 'application/vnd.in-toto+json',
        signatures: [
          {
            sig: sign(hash, paeCompat('application/vnd.in-toto+json', legacy), privateKey(key)).toString(
              'base64',
            ),
            keyid: null,
          },
        ],
      },
    });

  it('key flow: compat PAE with the curve hash verifies and maps subjects to files/sha256', () => {
    const r = verifyOmsBundleJson(
      compatBundle({ publicKey: {} }, 'sha384', 'p384-key.pem'),
      keyTrust('p384-pub.pem'),
    );
    expect(r.pae).toBe('compat');
    expect(r.legacy).toBe(true);
    expect(r.resources).toEqual([{ name: 'w.bin', algorithm: 'sha256', digest: DIGEST }]);
    expect(r.serialization).toMatchObject({ method: 'files', hashType: 'sha256' });
  });

  it('certificate flow: compat PAE is SHA-256 whatever the curve (model_signing keeps the v0.2 bug), not the curve hash', () => {
    const chain = {
      x509CertificateChain: {
        certificates: [fixText('pki-leaf.pem'), fixText('pki-intermediate.pem')].map((p) => ({
          rawBytes: p.replace(/-----[A-Z ]+-----|\s/g, ''),
        })),
      },
    };
    const ok = verifyOmsBundleJson(
      compatBundle(chain, 'sha256', 'pki-leaf-key.pem'),
      chainTrust('pki-root.pem'),
    );
    expect(ok.pae).toBe('compat');
    expectFail(
      () =>
        verifyOmsBundleJson(compatBundle(chain, 'sha384', 'pki-leaf-key.pem'), chainTrust('pki-root.pem')),
      'SIGNATURE_ERROR',
    );
  });
});
