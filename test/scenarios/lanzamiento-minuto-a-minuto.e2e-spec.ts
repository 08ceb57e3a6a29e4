import { bogota, inBogota, Scenario, type HistoryRecord } from './support/scenario.js';

/**
 * Lanzamiento de una iniciativa sectorial, minuto a minuto (004_1ad93430e5e9101a.txt, section 1):
 * the preparation, the five moments of the session on 16 March 2027 at 10:00 (Bogotá), the
 * adjustment of the matrix, the invitation to the next meeting, its reminder a week before, and the
 * end on the next meeting's date.
 */

const SECTOR = 'cannabis-canamo';
const INVITED = ['paula-quintero', 'diego-salazar', 'jorge-villamil'];
const local = (instant: string | null) => (instant ? inBogota(instant) : null);
const moment = { momentoRealizado: true, observacionesMomento: '' };

describe('lanzamiento-minuto-a-minuto: from the preparation to the next meeting', () => {
  let s: Scenario;
  let launch: string;

  const notes = async (person: string, elementId: string) => (await s.notifications(person, [launch])).filter((note) => note.elementId === elementId);

  beforeAll(async () => {
    s = await Scenario.start('scenario_lanzamiento', '2027-03-01T09:00:00-05:00');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('prepares in parallel: the Viceministra, the General Manager and the technical lead get their tasks due three days before; the invited institutions are convened', async () => {
    launch = (await s.as('felipe-ortiz').start('lanzamiento-minuto-a-minuto', {
      sector: SECTOR, fechaLanzamiento: '2027-03-16T10:00', lugar: 'Auditorio MinCIT, Bogotá', institucionesInvitadas: 'invima,sena,minsalud',
    }, 'LANZ-CANNABIS')).key;

    for (const [person, elementId] of [['carolina-mejia', 'Confirmar_Viceministra'], ['lucia-paredes', 'Preparar_Instrumento'], ['natalia-rincon', 'Preparar_Barreras']]) {
      const [task] = await s.as(person).inbox(elementId);
      expect([local(task.createdAt), local(task.dueAt)]).toEqual(['2027-03-01T09:00', '2027-03-13T10:00']);
    }
    expect(await s.as('daniel-becerra').inbox()).toEqual([]);
    expect(await s.as('paula-quintero').inbox()).toEqual([]);

    for (const person of INVITED) {
      const [invitation] = await notes(person, 'Convocar_Actores');
      expect(invitation.subject).toBe(`Invitación al lanzamiento de la iniciativa sectorial ${SECTOR}`);
      expect(invitation.headers).toMatchObject({ when: '2027-03-16T10:00', where: 'Auditorio MinCIT, Bogotá' });
      expect(local(invitation.createdAt)).toBe('2027-03-01T09:00');
    }
    expect(await notes('francisca-soto', 'Convocar_Actores')).toEqual([]);
  });

  it('the preparation is done during the first two weeks; nothing starts before the launch time', async () => {
    await s.advanceTo(bogota('2027-03-03T15:00'));
    await s.as('lucia-paredes').complete('Preparar_Instrumento', { micrositio: 'https://www.colombiaproductiva.com/soluciones', metodologiaPropuesta: 'Matriz, reportes mensuales y alertas' });
    await s.advanceTo(bogota('2027-03-08T11:00'));
    await s.as('natalia-rincon').complete('Preparar_Barreras', { barrerasPriorizadas: 'Licencias de cultivo', solucionesPriorizadas: 'Ventanilla única', cronogramaDefinicionFechas: true });
    await s.advanceTo(bogota('2027-03-12T17:00'));
    await s.as('carolina-mejia').complete('Confirmar_Viceministra', { agendaConfirmada: true, mensajesSaludo: 'Importancia de la reindustrialización' });

    await s.advanceTo(bogota('2027-03-16T09:59'));
    expect(await s.as('carolina-mejia').inbox()).toEqual([]);
    expect((await s.instance(launch)).activeElements.map((element) => element.elementId)).toEqual(['Inicio_Sesion']);
  });

  it('runs the five moments minute by minute, each by who leads it, each due at its minute', async () => {
    await s.advanceTo(bogota('2027-03-16T10:09'));
    const greeting = await s.as('carolina-mejia').complete('Momento_Saludo', moment);
    expect([local(greeting.createdAt), local(greeting.dueAt)]).toEqual(['2027-03-16T10:00', '2027-03-16T10:10']);

    await s.advanceTo(bogota('2027-03-16T10:31'));
    const instrument = await s.as('lucia-paredes').complete('Momento_Instrumento', { momentoRealizado: true, observacionesMomento: 'Se extendió un minuto' });
    expect([local(instrument.createdAt), local(instrument.dueAt)]).toEqual(['2027-03-16T10:09', '2027-03-16T10:30']);
    expect(await s.as('felipe-ortiz').inbox('Momento_Instrumento')).toEqual([]);

    await s.advanceTo(bogota('2027-03-16T11:00'));
    const barriers = await s.as('natalia-rincon').complete('Momento_Barreras', moment);
    expect(local(barriers.dueAt)).toBe('2027-03-16T11:00');

    await s.advanceTo(bogota('2027-03-16T11:44'));
    const discussion = await s.as('natalia-rincon').complete('Momento_Discusion', {
      barrerasAdicionales: 'Acceso a semillas certificadas', priorizacionValidada: true, mensajeFechas: true, observacionesDiscusion: 'Los gremios piden mesa técnica',
    });
    expect(local(discussion.dueAt)).toBe('2027-03-16T11:45');

    await s.advanceTo(bogota('2027-03-16T11:58'));
    const closing = await s.as('lucia-paredes').complete('Momento_Cierre', {
      mensajesCierre: 'Seguimiento mensual, reportes bimensuales, equipo de alto nivel', fechaProximaReunion: '2027-04-20T09:30', lugarProximaReunion: 'Colombia Productiva, sala 3',
    });
    expect([local(closing.createdAt), local(closing.dueAt)]).toEqual(['2027-03-16T11:44', '2027-03-16T12:00']);
  });

  it('a barrier was missing from the matrix: the technical lead adjusts it, then the next meeting is convened', async () => {
    expect(await notes('diego-salazar', 'Convocar_Proxima')).toEqual([]);
    await s.advanceTo(bogota('2027-03-18T09:00'));
    const adjust = await s.as('felipe-ortiz').complete('Ajustar_Matriz', { ajustesMatriz: 'Barrera: acceso a semillas certificadas; solución: convenio ICA' });
    expect([local(adjust.createdAt), local(adjust.dueAt)]).toEqual(['2027-03-16T11:58', '2027-03-26T11:58']);

    for (const person of [...INVITED, 'felipe-ortiz', 'lucia-paredes', 'carolina-mejia']) {
      const [invitation] = await notes(person, 'Convocar_Proxima');
      expect(invitation).toMatchObject({ subject: `Próxima reunión de la iniciativa sectorial ${SECTOR}`, headers: expect.objectContaining({ when: '2027-04-20T09:30', where: 'Colombia Productiva, sala 3' }) });
      expect(local(invitation.createdAt)).toBe('2027-03-18T09:00');
    }
    expect(await notes('francisca-soto', 'Convocar_Proxima')).toEqual([]);
  });

  it('reminds everyone a week before (13 April, 09:30) and ends on the next meeting\'s date (20 April, 09:30)', async () => {
    await s.advanceTo(bogota('2027-04-13T09:29'));
    expect(await notes('paula-quintero', 'Recordar_Proxima')).toEqual([]);
    await s.advanceTo(bogota('2027-04-19T12:00'));
    for (const person of [...INVITED, 'lucia-paredes', 'carolina-mejia']) {
      const reminders = await notes(person, 'Recordar_Proxima');
      expect(reminders.map((note) => [note.subject, local(note.createdAt)])).toEqual([[`Recordatorio: próxima reunión de la iniciativa sectorial ${SECTOR}`, '2027-04-13T09:30']]);
    }
    expect((await s.instance(launch)).state).toBe('active');

    await s.advanceTo(bogota('2027-04-20T10:00'));
    const ended = await s.instance(launch);
    expect(ended.state).toBe('completed');
    expect(ended.incidents).toEqual([]);
    expect(local(ended.endedAt)).toBe('2027-04-20T09:30');
  });

  it('the auditor reads the session in order: each moment completed by its leader, at its minute', async () => {
    const history = await s.history(launch);
    const done = history.filter((record: HistoryRecord) => record.intent === 'USER_TASK_COMPLETED').map((record) => [record.elementId, record.actor?.id, local(record.time)]);
    expect(done).toEqual([
      ['Preparar_Instrumento', 'lucia-paredes', '2027-03-03T15:00'],
      ['Preparar_Barreras', 'natalia-rincon', '2027-03-08T11:00'],
      ['Confirmar_Viceministra', 'carolina-mejia', '2027-03-12T17:00'],
      ['Momento_Saludo', 'carolina-mejia', '2027-03-16T10:09'],
      ['Momento_Instrumento', 'lucia-paredes', '2027-03-16T10:31'],
      ['Momento_Barreras', 'natalia-rincon', '2027-03-16T11:00'],
      ['Momento_Discusion', 'natalia-rincon', '2027-03-16T11:44'],
      ['Momento_Cierre', 'lucia-paredes', '2027-03-16T11:58'],
      ['Ajustar_Matriz', 'felipe-ortiz', '2027-03-18T09:00'],
    ]);
    const timers = history.filter((record) => record.intent === 'ELEMENT_COMPLETED' && ['Inicio_Sesion', 'Semana_Antes', 'Fecha_Proxima'].includes(record.elementId ?? ''));
    expect(timers.map((record) => [record.elementId, local(record.time)])).toEqual([
      ['Inicio_Sesion', '2027-03-16T10:00'], ['Semana_Antes', '2027-04-13T09:30'], ['Fecha_Proxima', '2027-04-20T09:30'],
    ]);
    expect(history.at(-1)).toMatchObject({ intent: 'ELEMENT_COMPLETED', elementId: 'lanzamiento-minuto-a-minuto' });
    expect(await s.verified(launch)).toBe(true);
  });
});
