import { bogota, inBogota, Scenario, type Task } from './support/scenario.js';

/**
 * Ciclo de reportes periódicos y alertas, second run: every action of the matrix is done early, so
 * the matrix closes at 100 % long before its 18 months, and nothing of it wakes up afterwards.
 */

const SECTOR = 'biologicos';
const B1 = { id: 'B1', nombre: 'Ventanilla única de biológicos', entidadResponsable: 'invima', liderTecnico: 'felipe-ortiz', fechaVencimiento: '2027-04-30' };
const B2 = { id: 'B2', nombre: 'Técnicos en bioprocesos', entidadResponsable: 'sena', liderTecnico: 'natalia-rincon', fechaVencimiento: '2027-05-31' };
const B3 = { id: 'B3', nombre: 'Guía de buenas prácticas de manufactura', entidadResponsable: 'minsalud', liderTecnico: 'felipe-ortiz', fechaVencimiento: '2027-06-30' };
const ENTITY_CONTACT: Record<string, string> = { invima: 'paula-quintero', sena: 'diego-salazar', minsalud: 'jorge-villamil' };
const PEOPLE = ['felipe-ortiz', 'natalia-rincon', 'sofia-herrera', 'lucia-paredes', 'carolina-mejia', 'andres-cardenas', 'paula-quintero', 'diego-salazar', 'jorge-villamil'];

const local = (instant: string | null) => (instant ? inBogota(instant) : null);

describe('ciclo-reportes-alertas: all actions done early, the matrix closes at 100 %', () => {
  let s: Scenario;
  let matrix: string;
  const child: Record<string, string> = {};
  const forAction = (id: string) => (task: Task) => task.instanceKey === child[id];

  const report = async (action: typeof B1, progress: number, done: boolean) => {
    await s.as(ENTITY_CONTACT[action.entidadResponsable]).complete('Reportar_Avance_Entidad', { avanceReportado: `Avance de ${action.id}`, porcentajeReportado: progress }, forAction(action.id));
    return s.as(action.liderTecnico).complete('Registrar_Avance', {
      avanceCuantitativo: progress, avanceCualitativo: `Seguimiento de ${action.id}`, accionCumplida: done, logroRelevante: false,
    }, forAction(action.id));
  };

  beforeAll(async () => {
    s = await Scenario.start('scenario_ciclo_100', '2027-02-01T09:00:00-05:00');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('starts the matrix and the Viceministra invites the high-level team on 1 February', async () => {
    matrix = (await s.as('ramiro-duarte').start('ciclo-reportes-alertas', { sector: SECTOR, acciones: [B1, B2, B3] }, 'BIO-2027')).key;
    await s.as('felipe-ortiz').complete('Identificar_Alto_Nivel', { actoresAltoNivel: 'Viceministra y Ministro' });
    await s.as('carolina-mejia').complete('Invitar_Alto_Nivel', { fechaInvitacion: '2027-02-01', integrantesAltoNivel: 'Ministro' });
    const children = await s.instances('seguimiento-accion');
    expect(children).toHaveLength(3);
    for (const instance of children) child[((await s.instance(instance.key)).variables.accion as { id: string }).id] = instance.key;
    expect(Object.keys(child).sort()).toEqual(['B1', 'B2', 'B3']);
  });

  it('February (24th–28th): B1 and B3 are reported done; the matrix keeps running for B2', async () => {
    await s.advanceTo(bogota('2027-02-24T11:00'));
    const b1 = await report(B1, 100, true);
    const b3 = await report(B3, 100, true);
    expect(local(b1.dueAt)).toBe('2027-02-28T23:59');
    expect(local(b3.dueAt)).toBe('2027-02-28T23:59');
    const b2 = await report(B2, 60, false);
    expect(local(b2.createdAt)).toBe('2027-02-24T11:00');

    const children = await s.instances('seguimiento-accion');
    expect(children.map((child) => child.state).sort()).toEqual(['active', 'completed', 'completed']);
    expect((await s.instance(matrix)).state).toBe('active');
    expect(await s.as('sofia-herrera').inbox('Informe_Cierre')).toEqual([]);
  });

  it('March (27th): B2 is done, 100 % of the actions: the matrix closes at once and Planeación writes the closing report', async () => {
    await s.advanceTo(bogota('2027-03-29T15:30'));
    await report(B2, 100, true);

    const closing = await s.as('sofia-herrera').find('Informe_Cierre');
    expect([local(closing.createdAt), local(closing.dueAt)]).toEqual(['2027-03-29T15:30', '2027-04-28T15:30']);
    expect(closing.variables.motivoCierre).toBe('100 % de las acciones');
    await s.as('sofia-herrera').complete('Informe_Cierre', { logrosAlcanzados: 'Las tres acciones cumplidas', desafios: 'Sostener la ventanilla única', porcentajeFinal: 100 });

    const closed = await s.instance(matrix);
    expect(closed.state).toBe('completed');
    expect(local(closed.endedAt)).toBe('2027-03-29T15:30');
    expect(closed.userTasks.filter((task) => task.elementId === 'Generar_Reporte_Logros')).toEqual([]);
    for (const person of ['carolina-mejia', 'andres-cardenas', 'lucia-paredes']) {
      const notes = (await s.notifications(person, [matrix])).filter((note) => note.elementId === 'Publicar_Informe_Cierre');
      expect(notes.map((note) => [note.subject, local(note.createdAt)])).toEqual([[`Informe de cierre de la matriz: ${SECTOR} (100 % de las acciones)`, '2027-03-29T15:30']]);
    }
  });

  it('nothing of the closed matrix wakes up afterwards: no bimonthly report, no alerts, no 18-month closing', async () => {
    const before = await Promise.all(PEOPLE.map((person) => s.notifications(person)));
    await s.advanceTo(bogota('2028-09-01T09:00'));
    for (const person of PEOPLE) expect(await s.as(person).inbox()).toEqual([]);
    expect(await Promise.all(PEOPLE.map((person) => s.notifications(person)))).toEqual(before);
    expect((await s.notifications('felipe-ortiz')).filter((note) => note.elementId === 'Alerta_Proximo_Vencimiento')).toEqual([]);

    const history = await s.history(matrix);
    expect(history.filter((record) => record.elementId === 'Plazo_18_Meses').map((record) => record.intent)).not.toContain('ELEMENT_ACTIVATED');
    const completions = history.filter((record) => record.intent === 'USER_TASK_COMPLETED').map((record) => [record.elementId, record.actor?.id]);
    expect(completions).toEqual([['Identificar_Alto_Nivel', 'felipe-ortiz'], ['Invitar_Alto_Nivel', 'carolina-mejia'], ['Informe_Cierre', 'sofia-herrera']]);
    expect(await s.verified(matrix)).toBe(true);
  });
});
