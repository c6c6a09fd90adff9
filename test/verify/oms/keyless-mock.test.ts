/**
 * Keyless round trip, fully offline: `modelvet sign --sigstore` through @sigstore/sign against an
 * in-process Fulcio, Rekor and TSA from @sigstore/mock (nock interceptors, network disabled), then
 * verification with a trusted root built from the mock's keys (`initialize*` + `*Handler`, since
 * `mockFulcio()` and friends do not return the CA and log keys), with two mock workarounds: a Rekor
 * v1 handler that stores the canonical dsse entry, and whole-second clocks.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  fulcioHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { verifyAgainstResources } from '../../../src/verify/manifest-check.ts';
import { OmsError } from '../../../src/verify/oms/errors.ts';
import { type OmsTrustOptions, verifyOmsSignatureFile } from '../../../src/verify/oms/verify.ts';
import { signModel } from '../../../src/verify/sign.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import { makeModel, payloadOf, withPayload } from './helpers.ts';

const FULCIO = 'https://fulcio.mock.test';
const REKOR = 'https://rekor.mock.test';
const TSA = 'https://tsa.mock.test';
const ISSUER = 'https://issuer.mock.test';
const IDENTITY = 'signer@example.com';

const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const b64 = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
const START = '2000-01-01T00:00:00Z';

/** An unsigned JWT: the mock Fulcio decodes it without checking a signature. */
function token(claims: Record<string, unknown>): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ iss: ISSUER, sub: IDENTITY, email: IDENTITY, email_verified: true, aud: 'sigstore', iat: now, exp: now + 600, ...claims })}.`;
}

function mount(base: string, path: string, fn: HandlerFn): void {
  nock(base)
    .post(path)
    .times(20)
    .reply(async (_uri, body) => {
      const r = await fn(typeof body === 'string' ? body : JSON.stringify(body));
      return [r.statusCode, r.response, { 'Content-Type': r.contentType ?? 'application/json' }];
    });
}

interface Services {
  trustedRoot: object;
}

/** Mounts mock Fulcio/Rekor/TSA; `caClock` lets the certificate be issued at another time than the log entry. */
async function services(clock: Date, caClock: Date = clock): Promise<Services> {
  const ctKeys = keyPair();
  const ctlog = await initializeCTLog(ctKeys, caClock);
  const ca = await initializeCA(keyPair(), ctlog, caClock);
  const tlogKeys = keyPair();
  const tlog = await initializeTLog(REKOR, tlogKeys, clock);
  const tsa = await initializeTSA(keyPair(), clock);
  const fulcio = fulcioHandler(ca, { strict: true, subjectClaim: 'email' });
  mount(FULCIO, fulcio.path, fulcio.fn);
  // The mock logs the proposed dsse entry verbatim; real Rekor stores hashes and signatures.
  mount(REKOR, '/api/v1/log/entries', async (body) => {
    const proposed = JSON.parse(body);
    const content = proposed.spec.proposedContent;
    const envelope = JSON.parse(content.envelope);
    const entry = {
      apiVersion: '0.0.1',
      kind: 'dsse',
      spec: {
        envelopeHash: {
          algorithm: 'sha256',
          value: createHash('sha256').update(content.envelope).digest('hex'),
        },
        payloadHash: {
          algorithm: 'sha256',
          value: createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex'),
        },
        signatures: [{ signature: envelope.signatures[0].sig, verifier: content.verifiers[0] }],
      },
    };
    return {
      statusCode: 201,
      response: JSON.stringify(await tlog.log(entry)),
      contentType: 'application/json',
    };
  });
  const tsaH = tsaHandler(tsa);
  mount(TSA, tsaH.path, tsaH.fn);
  const spki = (der: Buffer) => ({
    rawBytes: b64(der),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start: START },
  });
  return {
    trustedRoot: {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [
        {
          baseUrl: REKOR,
          hashAlgorithm: 'SHA2_256',
          publicKey: spki(tlog.publicKey),
          logId: { keyId: b64(createHash('sha256').update(tlog.publicKey).digest()) },
        },
      ],
      certificateAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
          uri: FULCIO,
          certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
          validFor: { start: START },
        },
      ],
      ctlogs: [
        {
          baseUrl: 'https://ctfe.mock.test',
          hashAlgorithm: 'SHA2_256',
          publicKey: spki(ctlog.publicKey),
          logId: { keyId: b64(ctlog.logID) },
        },
      ],
      timestampAuthorities: [
        {
          subject: { organization: 'sigstore.mock', commonName: 'tsa' },
          uri: TSA,
          certChain: {
            certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }],
          },
          validFor: { start: START },
        },
      ],
    },
  };
}

/** A whole-second clock: the mock TSA writes trimmed fractions @sigstore/core cannot parse. */
const wholeSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

/**
 * The services' clock: a whole second one minute ahead. The mock's root and intermediate
 * certificates take the real time as their notBefore when they are created, after this clock is
 * read; a clock of the current second falls before them whenever their creation crosses a second
 * boundary (seen in a loaded CI run: the TSA chain is then invalid at its own signing time), while
 * the one-year certificates cover a minute ahead.
 */
const servicesClock = () => wholeSecond(Date.now() + 60_000);

describe('keyless sign with @sigstore/mock → verify offline', () => {
  let dir: string;
  let model: string;
  let rootPath: string;
  let sig: string;

  beforeAll(async () => {
    nock.disableNetConnect();
    dir = await makeTmpDir();
    model = await makeModel(join(dir, 'model'), { 'weights.bin': 'tensor bytes', 'config.json': '{"a":1}' });
    const { trustedRoot } = await services(servicesClock());
    rootPath = join(dir, 'trusted_root.json');
    await writeFile(rootPath, JSON.stringify(trustedRoot));
    const r = await signModel(model, {
      sigstore: { identityToken: token({}), fulcioURL: FULCIO, rekorURL: REKOR, tsaURL: TSA },
    });
    sig = r.signaturePath;
    expect(sig).toBe(join(model, 'model.sig'));
  });

  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await rm(dir, { recursive: true, force: true });
  });

  const trust = (o: Partial<Extract<OmsTrustOptions, { method: 'sigstore' }>> = {}): OmsTrustOptions => ({
    method: 'sigstore',
    identity: IDENTITY,
    issuer: ISSUER,
    trustedRoot: rootPath,
    ...o,
  });

  it('verifies with the mock trusted root: Fulcio chain, SCT, Rekor entry, TSA timestamp, identity', async () => {
    const r = await verifyOmsSignatureFile(sig, trust());
    expect(r.method).toBe('sigstore');
    expect(r.signer.identity).toBe(IDENTITY);
    expect(r.signer.issuer).toBe(ISSUER);
    expect(r.signer.timestamps).toEqual(expect.arrayContaining(['transparency-log', 'timestamp-authority']));
    expect(r.resources.map((x) => x.name)).toEqual(['config.json', 'weights.bin']);
    expect(r.serialization.ignorePaths).toContain('model.sig');
    const outcome = await verifyAgainstResources(model, r, {
      kind: 'signature',
      source: sig,
      sourcePath: sig,
    });
    expect(outcome.verification.ok).toBe(true);
  });

  it('an anchored --identity-regexp matches the whole identity', async () => {
    const r = await verifyOmsSignatureFile(
      sig,
      trust({ identity: undefined, identityRegexp: '[a-z]+@example\\.com' }),
    );
    expect(r.signer.identity).toBe(IDENTITY);
  });

  const fails = async (o: OmsTrustOptions, code: string) => {
    const err = await verifyOmsSignatureFile(sig, o).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OmsError);
    expect((err as OmsError).code).toBe(code);
    expect((err as Error).message).not.toMatch(/\n/);
    return (err as Error).message;
  };

  it('a wrong identity fails', async () => {
    expect(await fails(trust({ identity: 'mallory@example.com' }), 'IDENTITY_ERROR')).toMatch(
      /signer@example\.com/,
    );
  });

  it('a wrong issuer fails', async () => {
    expect(await fails(trust({ issuer: 'https://accounts.google.com' }), 'ISSUER_ERROR')).toMatch(
      /issuer\.mock\.test/,
    );
  });

  it('an identity that only matches as an unanchored substring fails', async () => {
    await fails(trust({ identity: 'signer@example' }), 'IDENTITY_ERROR');
    await fails(trust({ identity: 'example.com' }), 'IDENTITY_ERROR');
    await fails(trust({ identity: undefined, identityRegexp: 'signer@example' }), 'IDENTITY_ERROR');
    await fails(trust({ identity: undefined, identityRegexp: 'example\\.com' }), 'IDENTITY_ERROR');
    // `.` in an exact identity is a literal, not a wildcard.
    await fails(trust({ identity: 'signer@example.co.' }), 'IDENTITY_ERROR');
  });

  it('a bundle whose payload was edited fails (log body and signature)', async () => {
    const json = await readFile(sig, 'utf8');
    const edited = Buffer.from(payloadOf(json).toString('utf8').replace('weights.bin', 'weights.biN'));
    const p = join(dir, 'edited.sig');
    await writeFile(p, withPayload(json, edited));
    const err = await verifyOmsSignatureFile(p, trust()).catch((e: unknown) => e);
    expect(['TLOG_ERROR', 'SIGNATURE_ERROR']).toContain((err as OmsError).code);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('the public-good root (embedded) does not trust the mock services', async () => {
    const err = await verifyOmsSignatureFile(sig, trust({ trustedRoot: undefined })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OmsError);
    expect(['CERTIFICATE_ERROR', 'TIMESTAMP_ERROR', 'TLOG_ERROR']).toContain((err as OmsError).code);
    expect((err as Error).message).toMatch(/pass --trusted-root FILE/);
  });

  it('through the CLI: sign --sigstore, then verify --identity --issuer --trusted-root', async () => {
    const m = await makeModel(join(dir, 'cli'), { 'w.bin': 'cli bytes' });
    const io = { out: '', err: '' };
    const run = (...argv: string[]) =>
      main(argv, {
        stdout: (x) => {
          io.out += x;
        },
        stderr: (x) => {
          io.err += x;
        },
        stdoutIsTty: false,
        stderrIsTty: false,
        env: {},
      });
    const signed = await run(
      'sign',
      m,
      '--sigstore',
      '--identity-token',
      token({}),
      '--fulcio-url',
      FULCIO,
      '--rekor-url',
      REKOR,
      '--tsa-url',
      TSA,
    );
    expect(io.err).toBe('');
    expect(signed).toBe(0);
    expect(io.out).toMatch(/signed with Sigstore keyless/);
    expect(
      await run('verify', m, '--identity', IDENTITY, '--issuer', ISSUER, '--trusted-root', rootPath),
    ).toBe(0);
    expect(
      await run('verify', m, '--identity', 'signer@example', '--issuer', ISSUER, '--trusted-root', rootPath),
    ).toBe(1);
  });

  /** Signs a fresh model with the certificate issued `ageMs` before the log entry is made. */
  async function signIssuedBefore(name: string, ageMs: number): Promise<OmsTrustOptions & { sig: string }> {
    nock.cleanAll();
    const now = servicesClock();
    const { trustedRoot } = await services(now, wholeSecond(now.getTime() - ageMs));
    const m = await makeModel(join(dir, name), { 'w.bin': 'x' });
    const root = join(dir, `${name}-root.json`);
    await writeFile(root, JSON.stringify(trustedRoot));
    const r = await signModel(m, {
      sigstore: { identityToken: token({}), fulcioURL: FULCIO, rekorURL: REKOR },
    });
    return { ...trust({ trustedRoot: root }), sig: r.signaturePath };
  }

  it('a certificate used outside its validity (logged an hour after it was issued, 10-minute certificate) fails', async () => {
    const { sig: late, ...t } = await signIssuedBefore('late', 3600_000);
    const err = await verifyOmsSignatureFile(late, t).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OmsError);
    expect((err as OmsError).code).toBe('CERTIFICATE_VALIDITY_ERROR');
    expect((err as Error).message).toMatch(/not valid when the signature was timestamped/);
    expect((err as Error).message).not.toMatch(/\n/);
  });

  it('control: a certificate issued five minutes before the log entry (inside its 10 minutes) verifies', async () => {
    const { sig: onTime, ...t } = await signIssuedBefore('ontime', 300_000);
    const v = await verifyOmsSignatureFile(onTime, t);
    expect(v.signer.timestamps).toEqual(['transparency-log']);
  });
});
