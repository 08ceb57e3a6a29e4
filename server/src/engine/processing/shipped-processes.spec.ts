import { EngineHarness } from '../../conformance/testing/engine-harness.js';

/** Monday 4 January 2027, 09:00 in Bogotá; the demos run in the installation zone America/Bogota. */
const START = Date.parse('2027-01-04T14:00:00Z');
const DAY = 24 * 3600 * 1000;
const iso = (time: number | undefined) => (time === undefined ? undefined : new Date(time).toISOString());

/** Deploys one shipped process (with the `hito` extension) into a fresh engine. */
async function shipped(file: string): Promise<EngineHarness> {
  const engine = await EngineHarness.given(import.meta.url, [], [], { startTime: START, timeZone: 'America/Bogota' });
  expect(await engine.deploy(import.meta.url, [`../../../../processes/${file}`])).toEqual([]);
  return engine;
}

/** Candidates and due date of the created user tasks, by element id. */
function tasks(engine: EngineHarness): Record<string, { institutions?: string[]; roles?: string[]; assignee?: string; due?: string; form?: string }> {
  return Object.fromEntries(
    engine.events('USER_TASK_CREATED').map((record) => [
      record.elementId!,
      { institutions: record.value.candidateInstitutions, roles: record.value.candidateRoles, assignee: record.value.assignee, due: iso(record.value.dueDate), form: record.value.formKey },
    ]),
  );
}

describe('shipped processes on the engine', () => {
  it('given the cluster plan for TIC, when started, then the first task goes to ADEZS, due in 15 days', async () => {
    const engine = await shipped('plan-accion-cluster.bpmn');
    engine.start('plan-accion-cluster', { cluster: 'tic', region: 'Antioquia', periodoSeguimiento: 'P6M' });
    expect(engine.lastValue('plan')).toMatchObject({ convocante: 'adezs', periodoSeguimiento: 'P6M' });
    expect(tasks(engine)).toEqual({ Convocar_Organismos: { institutions: ['adezs'], roles: [], due: iso(START + 15 * DAY), form: 'convocar-organismos' } });
    expect(engine.incidents()).toEqual([]);
  });

  it('given a launch on 10 February at 09:00, when started, then the preparation is due three days before, local time, and the invitation job names the guests', async () => {
    const engine = await shipped('lanzamiento-minuto-a-minuto.bpmn');
    engine.start('lanzamiento-minuto-a-minuto', { sector: 'cafe', fechaLanzamiento: '2027-02-10T09:00', lugar: 'Bogotá', institucionesInvitadas: 'mincit,prochile' });
    const due = '2027-02-07T14:00:00.000Z';
    expect(tasks(engine)).toMatchObject({
      Confirmar_Viceministra: { institutions: ['viceministerio-desarrollo-empresarial'], roles: ['viceministra'], due },
      Preparar_Instrumento: { institutions: ['colombia-productiva'], roles: ['gerente-general'], due },
      Preparar_Barreras: { institutions: ['colombia-productiva'], roles: ['lider-tecnico'], due },
    });
    const [job] = engine.events('JOB_CREATED', 'Convocar_Actores');
    expect(job.value.type).toBe('notify');
    expect(job.value.headers).toMatchObject({ 'to-institutions': 'mincit,prochile', when: '2027-02-10T09:00', where: 'Bogotá' });
  });

  it('given a matrix with one action, when the high-level team is invited, then the action is followed in its own instance: alerts on its due date and the monthly report in the last five days', async () => {
    const engine = await shipped('ciclo-reportes-alertas.bpmn');
    const accion = { id: 'A1', nombre: 'Vivero', entidadResponsable: 'prochile', liderTecnico: 'ana', fechaVencimiento: '2027-06-30' };
    engine.start('ciclo-reportes-alertas', { sector: 'cafe', acciones: [accion] });
    expect(tasks(engine)).toEqual({ Identificar_Alto_Nivel: { institutions: ['colombia-productiva'], roles: ['lider-tecnico'], due: iso(START + 15 * DAY), form: 'identificar-alto-nivel' } });
    engine.when({ type: 'CompleteUserTask', userTaskKey: engine.task('Identificar_Alto_Nivel')!.key });
    engine.when({ type: 'CompleteUserTask', userTaskKey: engine.task('Invitar_Alto_Nivel')!.key });
    const child = [...engine.driver.engine.state.instances.values()].find((instance) => instance.bpmnProcessId === 'seguimiento-accion');
    expect(child).toBeDefined();
    expect(engine.driver.engine.state.variables.get(child!.key)?.get('accion')).toEqual(accion);
    const due = (elementId: string) => iso(engine.events('SUBSCRIPTION_OPENED', elementId)[0]?.value.dueDate);
    expect(due('Quince_Dias_Antes')).toBe('2027-06-15T14:00:00.000Z');
    expect(due('Ultimos_Cinco_Dias')).toBe('2027-01-27T14:00:00.000Z');
    expect(due('Plazo_18_Meses')).toBe('2028-07-04T14:00:00.000Z');
    engine.advance(Date.parse('2027-01-27T14:00:00Z') - START);
    expect(tasks(engine).Reportar_Avance_Entidad).toEqual({ institutions: ['prochile'], roles: ['entidad-responsable'], due: '2027-01-29T23:00:00.000Z', form: 'reporte-entidad-accion' });
    expect(engine.incidents()).toEqual([]);
  });

  it('given the regional strategy, when started, then the first two milestones go to the strategy team, due in 30 days', async () => {
    const engine = await shipped('estrategia-regional.bpmn');
    engine.start('estrategia-regional', { region: "O'Higgins", organismoRector: 'GORE', horizonteAnios: 10 });
    const expected = { institutions: [], roles: ['equipo-estrategia'], due: iso(START + 30 * DAY) };
    expect(tasks(engine)).toMatchObject({ Hito_Construido: expected, Hito_Capacidades: expected });
  });

  it('given the OKR planning for 2027, when started, then planning at ACI Medellín gets the first task, due in 15 days', async () => {
    const engine = await shipped('okr-trimestral.bpmn');
    engine.start('okr-trimestral', { anio: 2027, equipos: [{ id: 'e1', nombre: 'Internacionalización', lider: 'ana' }] });
    expect(tasks(engine)).toEqual({ Quienes_Somos: { institutions: ['aci-medellin'], roles: ['planeacion'], due: iso(START + 15 * DAY), form: 'okr-quienes-somos' } });
  });
});
