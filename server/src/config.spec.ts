import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to port 3000 and the embedded database in ./.hito/data', () => {
    const config = readConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(`${process.cwd()}/.hito/data`);
  });

  it('uses DATABASE_URL, PORT and HITO_DATA_DIR when given', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://x@db/hito', PORT: '8080', HITO_DATA_DIR: '/var/hito' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://x@db/hito', dataDir: '/var/hito' });
  });

  it('names the variable when a port is not a number', () => {
    expect(() => readConfig({ PORT: 'abc' })).toThrow('PORT must be a port number between 0 and 65535, got "abc"');
  });
});
