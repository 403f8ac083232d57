// A real OpenID provider on 127.0.0.1 for the tests (the npm package oidc-provider), with
// its development login and consent pages, which the tests' $BROWSER program fills in.
//   node server.js PORT DOVECOT_SECRET
// Prints "ready" once it listens. Clients:
//   letter-composer       a public native client (PKCE, loopback redirect at any port)
//   letter-composer-long  the same, whose access tokens are ~3 KB (two-step SMTP AUTH)
//   dovecot               the mail server, which checks tokens by introspection
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const dovecotSecret = process.argv[3];
const issuer = `http://127.0.0.1:${port}`;

const native = (id) => ({
  client_id: id,
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  // RFC 8252 7.3: any port on the loopback address matches this one.
  redirect_uris: ['http://127.0.0.1/'],
});

const provider = new Provider(issuer, {
  clients: [
    native('letter-composer'),
    native('letter-composer-long'),
    {
      client_id: 'dovecot',
      client_secret: dovecotSecret,
      grant_types: [],
      response_types: [],
      redirect_uris: [],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  scopes: ['openid', 'offline_access', 'mail.send'],
  features: {
    devInteractions: { enabled: true },
    introspection: { enabled: true },
    revocation: { enabled: true },
  },
  pkce: { required: () => true },
  // A refresh token for every sign-in, rotated at each use (as Microsoft and Google do).
  issueRefreshToken: async () => true,
  rotateRefreshToken: () => true,
  formats: {
    bitsOfOpaqueRandomness: (ctx, token) => (token.kind === 'AccessToken'
      && token.clientId === 'letter-composer-long' ? 18000 : 256),
  },
  ttl: {
    AccessToken: Number(process.env.RIG_ACCESS_TTL || 3600),
  },
  // The login name is the account (the mail address): the token's "sub".
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id }) }),
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
// Dovecot keeps its connection for introspection open; Node's default (5 s) would close
// it under Dovecot's feet, and the next check would wait for its timeout.
server.keepAliveTimeout = 600000;
server.headersTimeout = 601000;
