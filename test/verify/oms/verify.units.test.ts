/** DSSE encodings, key hints, bundle reading, option checks and the trusted root loader. */
import { createPublicKey } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64, parseBundle, readBundleFile } from '../../../src/verify/oms/bundle.ts';
import { pae, paeCompat, pythonBytesRepr } from '../../../src/verify/oms/dsse.ts';
import { OmsError, type OmsErrorCode } from '../../../src/verify/oms/errors.ts';
import { canonicalPem, keyHint, parsePublicKeyPem } from '../../../src/verify/oms/keys.ts';
import { anchoredRegExp } from '../../../src/verify/oms/sigstore.ts';
import {
  embeddedTrustedRootJson,
  loadTrustMaterial,
  trustMaterialFromJson,
} from '../../../src/verify/oms/trusted-root.ts';
import { omsTrustOptions } from '../../../src/verify/oms/verify.ts';
import { makeTmpDir } from '../../helpers/tmp.ts';
import { fixText } from './helpers.ts';

function code(f: () => unknown): OmsErrorCode | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof OmsError) {
      expect(e.message).not.toMatch(/\n/);
      return e.code;
    }
    throw e;
  }
  return undefined;
}

describe('DSSE encodings', () => {
  it('standard PAE', () => {
    expect(pae('application/vnd.in-toto+json', Buffer.from('{}')).toString()).toBe(
      'DSSEv1 28 application/vnd.in-toto+json 2 {}',
    );
    // Lengths are byte counts, not characters.
    expect(pae('t', Buffer.from('é')).toString()).toBe('DSSEv1 1 t 2 é');
  });

  it("python repr(bytes) matches CPython's output (values printed by /usr/bin/python3)", () => {
    const cases: [number[], string][] = [
      [[], "b''"],
      [[97, 98, 99], "b'abc'"],
      [[105, 116, 39, 115], `b"it's"`],
      [[115, 97, 121, 32, 34, 104, 105, 34], `b'say "hi"'`],
      [[98, 111, 116, 104, 32, 39, 32, 97, 110, 100, 32, 34], `b'both \\' and "'`],
      [[98, 97, 99, 107, 92, 115, 108, 97, 115, 104], "b'back\\\\slash'"],
      [[9, 10, 13, 0, 127, 255], "b'\\t\\n\\r\\x00\\x7f\\xff'"],
      [[195, 169], "b'\\xc3\\xa9'"],
    ];
    for (const [bytes, repr] of cases) expect(pythonBytesRepr(Buffer.from(bytes))).toBe(repr);
  });

  it('compat PAE is the pre-v0.3 model_signing encoding (capital V, repr payload)', () => {
    expect(paeCompat('application/vnd.in-toto+json', Buffer.from('{\n}')).toString()).toBe(
      "DSSEV1 28 application/vnd.in-toto+json 3 b'{\\n}'",
    );
  });
});

describe('keys', () => {
  it('the hint is SHA-256 of the canonical SPKI PEM, not of the file', () => {
    const withText = parsePublicKeyPem(fixText('p384-pub-with-text.pem'));
    const plain = createPublicKey(fixText('p384-pub.pem'));
    expect(keyHint(withText)).toBe(keyHint(plain));
    expect(canonicalPem(plain)).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n(?:[A-Za-z0-9+/=]{1,64}\n)+-----END PUBLIC KEY-----\n$/,
    );
  });

  it('a file without a PEM block is a KEY_ERROR', () => {
    expect(code(() => parsePublicKeyPem('hello'))).toBe('KEY_ERROR');
    expect(
      code(() => parsePublicKeyPem('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n')),
    ).toBe('KEY_ERROR');
  });
});

describe('bundle reading', () => {
  const base = {
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: 'ab' } },
    dsseEnvelope: {
      payload: 'e30=',
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: 'AAAA' }],
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: mutations of arbitrary JSON
  type Json = any;
  const mutate = (f: (b: Json) => void) => {
    const b: Json = structuredClone(base);
    f(b);
    return JSON.stringify(b);
  };

  it('reads a minimal key bundle', () => {
    const b = parseBundle(JSON.stringify(base));
    expect(b.payload.toString()).toBe('{}');
    expect(b.material).toEqual({ kind: 'publicKey', hint: 'ab' });
    expect(b.tlogEntryCount).toBe(0);
  });

  it.each([
    ['not JSON', '{', 'BUNDLE_PARSE_ERROR'],
    ['a JSON array', '[]', 'BUNDLE_PARSE_ERROR'],
    ['another media type', mutate((b) => (b.mediaType = 'application/json')), 'BUNDLE_MEDIA_TYPE_ERROR'],
    ['a messageSignature', mutate((b) => (b.messageSignature = {})), 'BUNDLE_PARSE_ERROR'],
    ['no signatures', mutate((b) => (b.dsseEnvelope.signatures = [])), 'BUNDLE_PARSE_ERROR'],
    ['bad base64 payload', mutate((b) => (b.dsseEnvelope.payload = 'e30=!')), 'BUNDLE_PARSE_ERROR'],
    [
      'two key materials',
      mutate((b) => (b.verificationMaterial.certificate = { rawBytes: 'AAAA' })),
      'BUNDLE_PARSE_ERROR',
    ],
    ['no key material', mutate((b) => (b.verificationMaterial = { tlogEntries: [] })), 'BUNDLE_PARSE_ERROR'],
    [
      'an empty chain',
      mutate((b) => (b.verificationMaterial = { x509CertificateChain: { certificates: [] } })),
      'BUNDLE_PARSE_ERROR',
    ],
    [
      'tlogEntries not a list',
      mutate((b) => (b.verificationMaterial.tlogEntries = {})),
      'BUNDLE_PARSE_ERROR',
    ],
  ])('refuses %s', (_name, text, expected) => {
    expect(code(() => parseBundle(text))).toBe(expected);
  });

  it('strict base64: standard and URL-safe alphabets, nothing else', () => {
    expect(decodeBase64('_-8=', 'x')).toEqual(Buffer.from([0xff, 0xef]));
    expect(code(() => decodeBase64('ab c', 'x'))).toBe('BUNDLE_PARSE_ERROR');
    expect(code(() => decodeBase64('abcde', 'x'))).toBe('BUNDLE_PARSE_ERROR');
  });

  it('file errors name the file', async () => {
    const dir = await makeTmpDir();
    await expect(readBundleFile(join(dir, 'missing.sig'))).rejects.toThrow(/missing\.sig: no such file/);
    await expect(readBundleFile(dir)).rejects.toThrow(/not a regular file/);
    await writeFile(join(dir, 'x.sig'), '{');
    await expect(readBundleFile(join(dir, 'x.sig'))).rejects.toMatchObject({ code: 'BUNDLE_PARSE_ERROR' });
  });
});

describe('options', () => {
  it('keyless needs an identity (exact or regexp) and an issuer', () => {
    expect(omsTrustOptions({ identity: 'a@b.c', issuer: 'https://i' })).toEqual({
      method: 'sigstore',
      identity: 'a@b.c',
      issuer: 'https://i',
    });
    expect(code(() => omsTrustOptions({ identity: 'a@b.c' }))).toBe('USAGE_ERROR');
    expect(code(() => omsTrustOptions({ identityRegexp: '.*' }))).toBe('USAGE_ERROR');
    expect(code(() => omsTrustOptions({ issuer: 'https://i' }))).toBe('USAGE_ERROR');
    expect(code(() => omsTrustOptions({ identity: 'a', identityRegexp: 'a', issuer: 'i' }))).toBe(
      'USAGE_ERROR',
    );
    expect(code(() => omsTrustOptions({ identityRegexp: '(', issuer: 'i' }))).toBe('USAGE_ERROR');
  });

  it('exactly one trust method; --trusted-root only with keyless', () => {
    expect(code(() => omsTrustOptions({}))).toBe('USAGE_ERROR');
    expect(code(() => omsTrustOptions({ key: 'k', certificateChain: ['c'] }))).toBe('USAGE_ERROR');
    expect(code(() => omsTrustOptions({ key: 'k', trustedRoot: 'r' }))).toBe('USAGE_ERROR');
    expect(omsTrustOptions({ key: 'k' })).toEqual({ method: 'key', key: 'k' });
    expect(omsTrustOptions({ certificateChain: ['a', 'b'] })).toEqual({
      method: 'certificate',
      certificateChain: ['a', 'b'],
    });
  });

  it('identity regexps are anchored to the whole value', () => {
    const re = anchoredRegExp('a|b@x');
    expect(re.test('a')).toBe(true);
    expect(re.test('b@x')).toBe(true);
    expect(re.test('ab@x')).toBe(false);
    expect(re.test('a@x')).toBe(false);
  });
});

describe('trusted root', () => {
  it('the public-good root is read from @sigstore/tuf offline', async () => {
    const root = (await embeddedTrustedRootJson()) as { tlogs: { baseUrl: string }[] };
    expect(root.tlogs.map((t) => t.baseUrl)).toContain('https://rekor.sigstore.dev');
    const tm = await loadTrustMaterial();
    expect(tm.certificateAuthorities.length).toBeGreaterThan(0);
  });

  it('a bad --trusted-root is a TRUSTED_ROOT_ERROR naming the file', async () => {
    const dir = await makeTmpDir();
    await expect(loadTrustMaterial(join(dir, 'none.json'))).rejects.toMatchObject({
      code: 'TRUSTED_ROOT_ERROR',
    });
    await writeFile(join(dir, 'r.json'), '{"mediaType":"x"}');
    await expect(loadTrustMaterial(join(dir, 'r.json'))).rejects.toThrow(
      /r\.json: not a Sigstore trusted root/,
    );
    expect(code(() => trustMaterialFromJson('nope'))).toBe('TRUSTED_ROOT_ERROR');
  });
});
