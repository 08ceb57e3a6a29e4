import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { createApp } from '../../server/src/app.factory.js';
import { call, DEMO_PASSWORD, loadDemoDirectory, signIn } from '../support/api-client.js';
import { startTestServer, type TestServer } from '../support/test-app.js';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
}

describe('sign-in', () => {
  let server: TestServer;
  let db: DataSource;
  const jwtSecret = async () =>
    ((await db.query(`SELECT value FROM server_secret WHERE name = 'jwt-signing-key'`)) as { value: string }[])[0].value;

  beforeAll(async () => {
    server = await startTestServer('auth');
    await loadDemoDirectory(server);
    db = server.app.get(DataSource);
  });
  afterAll(async () => {
    await server.close();
  });

  it('signs in with the right password and issues a 15-minute access token that opens /me', async () => {
    const response = await call<{ accessToken: string; expiresIn: number; tokenType: string; person: { id: string } }>(
      server.baseUrl,
      '/api/auth/login',
      { method: 'POST', body: { username: 'carolina.mejia@mincit.demo', password: DEMO_PASSWORD } },
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, person: { id: 'carolina-mejia' } });
    const claims = new JwtService().decode<{ exp: number; iat: number; sub: string }>(response.body.accessToken);
    expect(claims.exp - claims.iat).toBe(900);
    expect(claims.sub).toBe('carolina-mejia');

    const me = await call<{ person: { id: string }; actingFor: { institutionIds: string[] } }>(server.baseUrl, '/api/auth/me', {
      token: response.body.accessToken,
    });
    expect(me.status).toBe(200);
    expect(me.body.person.id).toBe('carolina-mejia');
    expect(me.body.actingFor.institutionIds).toContain('viceministerio-desarrollo-empresarial');
  });

  it('refuses a wrong password and an unknown user alike, as problem+json', async () => {
    const wrong = await call<Problem>(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 'felipe-ortiz', password: 'nope-nope' } });
    const unknown = await call<Problem>(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 'nadie', password: 'nope-nope' } });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.body).toMatchObject({ type: 'https://hito.dev/problems/unauthorized', status: 401 });
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('refuses a deactivated person', async () => {
    await db.query(`UPDATE person SET active = false WHERE id = 'josefa-munoz'`);
    const response = await call(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 'josefa-munoz', password: DEMO_PASSWORD } });
    expect(response.status).toBe(401);
  });

  it('refuses missing, forged and expired access tokens', async () => {
    expect((await call(server.baseUrl, '/api/auth/me')).status).toBe(401);
    expect((await call(server.baseUrl, '/api/auth/me', { token: 'not-a-jwt' })).status).toBe(401);

    const session = await signIn(server.baseUrl, 'felipe-ortiz');
    const { sid } = new JwtService().decode<{ sid: string }>(session.accessToken);
    const jwt = new JwtService();
    const claims = { sub: 'felipe-ortiz', sid, typ: 'access' };
    const forged = await jwt.signAsync(claims, { secret: 'someone-elses-secret', issuer: 'hito', expiresIn: 900 });
    expect((await call(server.baseUrl, '/api/auth/me', { token: forged })).status).toBe(401);

    const now = Math.floor(Date.now() / 1000);
    const expired = await jwt.signAsync({ ...claims, iat: now - 1000, exp: now - 100 }, { secret: await jwtSecret(), issuer: 'hito' });
    const fresh = await jwt.signAsync(claims, { secret: await jwtSecret(), issuer: 'hito', expiresIn: 900 });
    expect((await call(server.baseUrl, '/api/auth/me', { token: expired })).status).toBe(401);
    expect((await call(server.baseUrl, '/api/auth/me', { token: fresh })).status).toBe(200);
  });

  it('rotates refresh tokens; reusing a rotated one ends the whole session', async () => {
    const first = await signIn(server.baseUrl, 'natalia-rincon');
    const rotated = await call<{ accessToken: string; refreshToken: string }>(server.baseUrl, '/api/auth/refresh', {
      method: 'POST',
      body: { refreshToken: first.refreshToken },
    });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first.refreshToken);
    expect((await call(server.baseUrl, '/api/auth/me', { token: rotated.body.accessToken })).status).toBe(200);

    const replay = await call(server.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken: first.refreshToken } });
    expect(replay.status).toBe(401);
    // The thief and the owner are now both out: the newer token and its access token stop working too.
    expect((await call(server.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
    expect((await call(server.baseUrl, '/api/auth/me', { token: rotated.body.accessToken })).status).toBe(401);

    const stored = (await db.query(`SELECT token_hash FROM refresh_token WHERE person_id = 'natalia-rincon'`)) as { token_hash: string }[];
    expect(stored.length).toBe(2);
    for (const row of stored) expect(first.refreshToken).not.toContain(row.token_hash);
  });

  it('refuses an expired refresh token', async () => {
    const session = await signIn(server.baseUrl, 'sofia-herrera');
    const id = session.refreshToken.split('.')[0];
    await db.query(`UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    expect((await call(server.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken: session.refreshToken } })).status).toBe(401);
  });

  it('signs out: the refresh token and the session’s access token stop working', async () => {
    const session = await signIn(server.baseUrl, 'lucia-paredes');
    const other = await signIn(server.baseUrl, 'lucia-paredes');
    expect((await call(server.baseUrl, '/api/auth/logout', { method: 'POST', body: { refreshToken: session.refreshToken } })).status).toBe(204);
    expect((await call(server.baseUrl, '/api/auth/me', { token: session.accessToken })).status).toBe(401);
    expect((await call(server.baseUrl, '/api/auth/refresh', { method: 'POST', body: { refreshToken: session.refreshToken } })).status).toBe(401);
    // Another session of the same person is untouched.
    expect((await call(server.baseUrl, '/api/auth/me', { token: other.accessToken })).status).toBe(200);
  });

  it('limits sign-in attempts per address and username: the 11th in a minute gets 429 with Retry-After', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await call(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 'matias-fuentes', password: `guess-${attempt}` } });
      expect({ attempt, status: response.status }).toEqual({ attempt, status: 401 });
    }
    const blocked = await call<Problem>(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 'matias-fuentes', password: DEMO_PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Someone else signing in from the same address is not blocked.
    expect((await signIn(server.baseUrl, 'rodrigo-pizarro')).person.id).toBe('rodrigo-pizarro');
  });

  it('keeps the generated JWT key in the database, so another server on it accepts the tokens', async () => {
    const session = await signIn(server.baseUrl, 'camilo-arango');
    const second = await createApp({ databaseUrl: server.database.url, logger: ['error'] });
    await second.listen(0, '127.0.0.1');
    try {
      const address = second.getHttpServer().address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const me = await call(`http://127.0.0.1:${port}`, '/api/auth/me', { token: session.accessToken });
      expect(me.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('answers 400 with the offending fields for a malformed sign-in', async () => {
    const response = await call<{ errors: { field: string }[] }>(server.baseUrl, '/api/auth/login', { method: 'POST', body: { username: 7 } });
    expect(response.status).toBe(400);
    expect([...new Set(response.body.errors.map((e) => e.field))].sort()).toEqual(['password', 'username']);
  });

  it('answers unknown routes and malformed JSON as problem+json', async () => {
    const missing = await call<Problem>(server.baseUrl, '/api/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const response = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
