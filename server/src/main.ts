import { readConfig } from './config.js';
import { createApp } from './app.factory.js';
import { formatSignIns, loadDemoDirectoryIfEmpty } from './directory/demo-directory.js';
import { startEmbeddedPostgres, type RunningDatabase } from './persistence/embedded-postgres.js';
import { deployShippedProcessesIfEmpty } from './runtime/shipped-processes.js';

async function main(): Promise<void> {
  const config = readConfig();
  let database: RunningDatabase;
  if (config.databaseUrl) {
    database = { url: config.databaseUrl, stop: async () => undefined };
  } else {
    console.log(`Hito: starting embedded PostgreSQL (data in ${config.dataDir})`);
    database = await startEmbeddedPostgres(config.dataDir, config.embeddedPort);
  }
  const app = await createApp({ databaseUrl: database.url, simulatedClock: config.simulatedClock, simulationStart: config.simulationStart, timeZone: config.timeZone });
  const signIns = await loadDemoDirectoryIfEmpty(app);
  if (signIns) console.log(`Hito: directorio de demostración cargado / demo directory loaded. Inicios de sesión:\n${formatSignIns(signIns)}`);
  const shipped = await deployShippedProcessesIfEmpty(app);
  if (shipped) {
    const names = shipped.processes.map((process) => `${process.bpmnProcessId} v${process.version}`).join(', ');
    console.log(`Hito: metodologías desplegadas / methodologies deployed: ${names} (${shipped.forms.length} forms)`);
  }
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    console.log(`Hito: ${signal} received, stopping`);
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen(config.port);
  console.log(`Hito is running at http://localhost:${config.port}  (API docs: http://localhost:${config.port}/api/docs)`);
}

main().catch((error: unknown) => {
  console.error('Hito could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
