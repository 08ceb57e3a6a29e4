export default async function globalTeardown(): Promise<void> {
  await globalThis.__HITO_TEST_DB__?.stop();
}
