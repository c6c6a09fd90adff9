// Bundle-time stand-in for @actions/http-client. @actions/core imports it only for getIDToken
// (OIDC), which the modelvet Action never calls; the real module pulls in undici (~770 KB), whose
// load time would triple the Action's start-up. Any use fails loudly instead of silently.
export class HttpClient {
  constructor() {
    throw new Error('modelvet bundle: @actions/http-client is not included (OIDC tokens are not used)');
  }
}
export class BearerCredentialHandler {
  constructor() {
    throw new Error('modelvet bundle: @actions/http-client is not included (OIDC tokens are not used)');
  }
}
