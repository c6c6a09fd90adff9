import { describe, expect, it } from 'vitest';
import { parseBearerChallenge, readToken, tokenUrl } from '../../../src/sources/http/bearer.ts';

describe('Bearer challenges', () => {
  it('reads realm, service and scope, quoted values keeping their commas', () => {
    expect(
      parseBearerChallenge(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:samalba/my-app:pull,push"',
      ),
    ).toEqual({
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:samalba/my-app:pull,push',
    });
    expect(parseBearerChallenge('bearer realm=https://r.example/token')).toEqual({
      realm: 'https://r.example/token',
    });
    expect(parseBearerChallenge('Basic realm="x"')).toBeUndefined();
    expect(parseBearerChallenge('Bearer service="s"')).toBeUndefined();
    expect(parseBearerChallenge(null)).toBeUndefined();
  });

  it('asks the realm with the service and scope; a plain-http realm elsewhere is refused', () => {
    const c = { realm: 'https://auth.example/token', service: 'reg', scope: 'repository:a/b:pull' };
    expect(tokenUrl(c, 'https://reg.example/v2/a/b/manifests/1', 'm')).toBe(
      'https://auth.example/token?service=reg&scope=repository%3Aa%2Fb%3Apull',
    );
    expect(tokenUrl({ realm: 'http://127.0.0.1:5000/token' }, 'http://127.0.0.1:5000/v2/x', 'm')).toBe(
      'http://127.0.0.1:5000/token',
    );
    expect(() => tokenUrl({ realm: 'http://evil.example/token' }, 'https://reg.example/v2/x', 'm')).toThrow(
      /^m: the registry asks for a token from evil\.example over plain HTTP; refused$/,
    );
    expect(() => tokenUrl({ realm: 'not a url' }, 'https://reg.example/v2/x', 'm')).toThrow(/not a URL/);
  });

  it('takes `token` or `access_token`, and refuses an answer without one', () => {
    expect(readToken(Buffer.from('{"token":"abc"}'), 'm')).toBe('abc');
    expect(readToken(Buffer.from('{"access_token":"xyz","expires_in":300}'), 'm')).toBe('xyz');
    for (const bad of ['{}', 'not json', '{"token":""}', '{"token":"a b"}'])
      expect(() => readToken(Buffer.from(bad), 'm')).toThrow(/gave no usable token/);
  });
});
