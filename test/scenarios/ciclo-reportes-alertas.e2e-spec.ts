import { months, reportingWindow } from './support/calendar.js';
import { bogota, inBogota, Scenario, type HistoryRecord, type Task } from './support/scenario.js';

/**
 * Ciclo de reportes periódicos y alertas (004_1ad93430e5e9101a.txt), lived over 18 months by the
 * people of the demo directory: Colombia Productiva's technical leads, Planeación and Gerencia
 * General, the responsible entities, the Viceministra, the Minister and the high-level team.
 * All dates are Bogotá wall-clock time.
 */

const SECTOR = 'dispositivos-medicos';

// Three actions of the matrix: one done on time, one late by more than a month, one exited.
const A1 = { id: 'A1', nombre: 'Guía de registro sanitario de dispositivos', entidadResponsable: 'invima', liderTecnico: 'felipe-ortiz', fechaVencimiento: '2027-04-30' };
const A2 = { id: 'A2', nombre: 'Programa de formación en metrología', entidadResponsable: 'sena', liderTecnico: 'natalia-rincon', fechaVencimiento: '2027-03-15' };
const A3 = { id: 'A3', nombre: 'Reglamento técnico de dispositivos médicos', entidadResponsable: 'minsalud', liderTecnico: 'felipe-ortiz', fechaVencimiento: '2027-02-26' };
const ENTITY_CONTACT: Record<string, string> = { invima: 'paula-quintero', sena: 'diego-salazar', minsalud: 'jorge-villamil' };

const local = (instant: string | null) => (instant ? inBogota(instant) : null);

describe('ciclo-reportes-alertas: 18 months, three actions (on time, late, exited), closing at month 18', () => {
  let s: Scenario;
  let matrix: string;
  const child: Record<string, string> = {};
  /** The task belongs to the follow-up of this action. */
  const forAction = (id: string) => (task: Task) => task.instanceKey === child[id];

  /** The entity reports and the technical lead registers the month's progress of one action. */
  const reportMonth = async (action: typeof A1, progress: number, done = false) => {
    const request = await s.as(ENTITY_CONTACT[action.entidadResponsable]).complete('Reportar_Avance_Entidad', {
      avanceReportado: `Avance de ${action.id}`, porcentajeReportado: progress, dificultades: '', evidencias: 'https://example.org/evidencias',
    }, forAction(action.id));
    const register = await s.as(action.liderTecnico).complete('Registrar_Avance', {
      avanceCuantitativo: progress, avanceCualitativo: `Seguimiento de ${action.id}`, accionCumplida: done, logroRelevante: done,
      ...(done ? { descripcionLogro: `${action.nombre} cumplida`, prioridadLogro: 'alta' } : {}),
    }, forAction(action.id));
    return { request, register };
  };

  /** Planeación's bimonthly achievements report and Gerencia's internal follow-up meeting. */
  const bimonthly = async (percentage: number, convene = false) => {
    const report = await s.as('sofia-herrera').complete('Generar_Reporte_Logros', { logrosPeriodo: 'Logros del bimestre', porcentajeCumplimiento: percentage, alertasVigentes: '' });
    const meeting = await s.as('lucia-paredes').complete('Reunion_Seguimiento', { revisionAvances: 'Avances y alertas revisados', convocarReunionLogros: convene });
    return { report, meeting };
  };

  const notified = async (person: string, elementId: string) =>
    (await s.notifications(person, [matrix, ...Object.values(child)])).filter((item) => item.elementId === elementId);

  beforeAll(async () => {
    s = await Scenario.start('scenario_ciclo_18', '2027-01-04T09:00:00-05:00');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('the technical lead identifies the high-level actors and the Viceministra invites them; one follow-up per action starts', async () => {
    matrix = (await s.as('ramiro-duarte').start('ciclo-reportes-alertas', { sector: SECTOR, acciones: [A1, A2, A3] }, 'DM-2027')).key;

    expect(await s.as('carolina-mejia').inbox('Invitar_Alto_Nivel')).toEqual([]);
    const identify = await s.as('natalia-rincon').complete('Identificar_Alto_Nivel', { actoresAltoNivel: 'Viceministra, Ministro, MinSalud', justificacionAltoNivel: 'Barreras regulatorias' });
    expect(local(identify.createdAt)).toBe('2027-01-04T09:00');
    expect(local(identify.dueAt)).toBe('2027-01-19T09:00');

    await s.advanceTo(bogota('2027-01-06T10:00'));
    expect(await s.as('daniel-becerra').inbox('Invitar_Alto_Nivel')).toEqual([]);
    await s.as('carolina-mejia').complete('Invitar_Alto_Nivel', { fechaInvitacion: '2027-01-06', integrantesAltoNivel: 'Ministro de Comercio; Ministerio de Salud' });

    const children = await s.instances('seguimiento-accion');
    expect(children).toHaveLength(3);
    for (const instance of children) {
      expect(instance.parentInstanceKey).toBe(matrix);
      child[((await s.instance(instance.key)).variables.accion as { id: string }).id] = instance.key;
    }
    expect(Object.keys(child).sort()).toEqual(['A1', 'A2', 'A3']);
  });

  it('January: the monthly reports are requested on the 27th; INVIMA does not answer, and on the 29th at 18:00 the alert goes to the Viceministra and the Minister', async () => {
    await s.advanceTo(bogota('2027-01-27T08:59'));
    expect(await s.as('paula-quintero').inbox('Reportar_Avance_Entidad')).toEqual([]);
    await s.advanceTo(bogota('2027-01-28T10:00'));

    const request = await s.as('paula-quintero').find('Reportar_Avance_Entidad');
    expect([local(request.createdAt), local(request.dueAt)]).toEqual(['2027-01-27T09:00', '2027-01-29T18:00']);
    expect(request.candidateInstitutions).toEqual(['invima']);
    await reportMonth(A2, 10);
    await reportMonth(A3, 20);

    await s.advanceTo(bogota('2027-01-30T10:00'));
    expect(await s.as('paula-quintero').inbox('Reportar_Avance_Entidad')).toEqual([]);
    const [alert] = await notified('carolina-mejia', 'Elevar_Alerta');
    expect(alert).toMatchObject({ instanceKey: child.A1, subject: expect.stringContaining('no respondió') });
    expect(local(alert.createdAt)).toBe('2027-01-29T18:00');
    expect((await notified('andres-cardenas', 'Elevar_Alerta')).map((item) => item.createdAt)).toEqual([alert.createdAt]);
    expect(await notified('daniel-becerra', 'Elevar_Alerta')).toEqual([]);
    expect(await notified('jorge-villamil', 'Elevar_Alerta')).toEqual([]);

    // Without the entity's answer the technical lead still registers the month.
    const register = await s.as('felipe-ortiz').complete('Registrar_Avance', { avanceCuantitativo: 5, avanceCualitativo: 'INVIMA no respondió', accionCumplida: false, logroRelevante: false }, forAction('A1'));
    expect([local(register.createdAt), local(register.dueAt)]).toEqual(['2027-01-29T18:00', '2027-01-31T23:59']);
    const attend = await s.as('andres-cardenas').complete('Atender_Alerta', { gestionAlerta: 'Llamada al director del INVIMA', requiereEquipoAltoNivel: false }, (task) => task.instanceKey === child.A1);
    expect(local(attend.createdAt)).toBe('2027-01-29T18:00');
    expect(await s.as('jorge-villamil').inbox('Gestionar_EAN')).toEqual([]);
  });

  it('February: Planeación alerts each technical lead 15 days before their action is due (A3 on the 11th, A2 on the 28th)', async () => {
    await s.advanceTo(bogota('2027-02-25T10:00'));
    await reportMonth(A1, 30);
    await reportMonth(A2, 25);
    await reportMonth(A3, 40);
    await s.advanceTo(bogota('2027-03-01T08:00'));

    const felipe = await notified('felipe-ortiz', 'Alerta_Proximo_Vencimiento');
    expect(felipe.map((item) => [item.instanceKey, local(item.createdAt)])).toEqual([[child.A3, '2027-02-11T09:00']]);
    expect(felipe[0].subject).toContain('2027-02-26');
    expect(felipe[0].headers.from).toBe('colombia-productiva/planeacion');
    const natalia = await notified('natalia-rincon', 'Alerta_Proximo_Vencimiento');
    expect(natalia.map((item) => [item.instanceKey, local(item.createdAt)])).toEqual([[child.A2, '2027-02-28T09:00']]);
  });

  it('March: the bimonthly achievements report on the 6th is published and sent to the Viceministerio; A3 is a month overdue on the 26th and the Viceministra handles it', async () => {
    await s.advanceTo(bogota('2027-03-08T10:00'));
    const { report, meeting } = await bimonthly(0);
    expect(local(report.createdAt)).toBe('2027-03-06T10:00');
    expect(local(report.dueAt)).toBe('2027-03-16T10:00');
    expect(local(meeting.createdAt)).toBe('2027-03-08T10:00');
    const [published] = await notified('daniel-becerra', 'Publicar_Reporte_Logros');
    expect(published).toMatchObject({ subject: `Reporte de logros: ${SECTOR}`, headers: expect.objectContaining({ publish: 'sitio-web' }) });

    await s.advanceTo(bogota('2027-03-26T08:59'));
    expect(await notified('carolina-mejia', 'Elevar_Alerta')).toHaveLength(1);
    await s.advanceTo(bogota('2027-03-28T10:00'));
    const overdue = (await notified('carolina-mejia', 'Elevar_Alerta')).filter((item) => item.instanceKey === child.A3);
    expect(overdue.map((item) => [local(item.createdAt), item.subject])).toEqual([['2027-03-26T09:00', expect.stringContaining('un mes de vencida')]]);
    expect((await notified('andres-cardenas', 'Elevar_Alerta')).filter((item) => item.instanceKey === child.A3)).toHaveLength(1);
    await s.as('carolina-mejia').complete('Atender_Alerta', { gestionAlerta: 'Mesa con MinSalud', requiereEquipoAltoNivel: false }, (task) => task.instanceKey === child.A3);
    // A2 is due on March 15: one month overdue only on April 15.
    expect((await notified('carolina-mejia', 'Elevar_Alerta')).filter((item) => item.instanceKey === child.A2)).toEqual([]);

    await reportMonth(A1, 60);
    await reportMonth(A2, 40);
    await reportMonth(A3, 50);
  });

  it('April: A1 is alerted on the 15th and done on time; A2 is a month overdue on the 15th, raised to the Viceministra and Minister, then to the high-level team; A3 gets a high-level solution on the 27th', async () => {
    await s.advanceTo(bogota('2027-04-15T10:00'));
    const a1Alert = (await notified('felipe-ortiz', 'Alerta_Proximo_Vencimiento')).filter((item) => item.instanceKey === child.A1);
    expect(a1Alert.map((item) => local(item.createdAt))).toEqual(['2027-04-15T09:00']);

    const a2Alerts = (await notified('carolina-mejia', 'Elevar_Alerta')).filter((item) => item.instanceKey === child.A2);
    expect(a2Alerts.map((item) => local(item.createdAt))).toEqual(['2027-04-15T09:00']);
    // First the Viceministra and the Minister; the high-level team only when they decide so.
    expect(await s.as('jorge-villamil').inbox('Gestionar_EAN')).toEqual([]);
    const attend = await s.as('carolina-mejia').complete('Atender_Alerta', { gestionAlerta: 'Requiere decisión del equipo de alto nivel', requiereEquipoAltoNivel: true }, (task) => task.instanceKey === child.A2);
    expect([local(attend.createdAt), local(attend.dueAt)]).toEqual(['2027-04-15T09:00', '2027-04-25T09:00']);
    expect(attend.candidateRoles.sort()).toEqual(['ministro', 'viceministra']);
    const team = await s.as('jorge-villamil').complete('Gestionar_EAN', { decisionesAltoNivel: 'SENA reprograma la formación', compromisosAltoNivel: 'Nueva cohorte en junio' }, (task) => task.instanceKey === child.A2);
    expect(local(team.createdAt)).toBe('2027-04-15T10:00');
    expect(team.candidateRoles).toEqual(['equipo-alto-nivel']);
    expect(await s.as('daniel-becerra').inbox('Gestionar_EAN')).toEqual([]);

    await s.advanceTo(bogota('2027-04-27T10:00'));
    const solution = await s.as('felipe-ortiz').complete('Solucion_Alto_Nivel', { medidasAltoNivel: 'Mesa técnica con MinSalud', responsablesMedidas: 'Gerencia General y MinSalud', fechaCompromisoSolucion: '2027-05-20' }, (task) => task.instanceKey === child.A3);
    expect(local(solution.createdAt)).toBe('2027-04-27T09:00');

    const a1Done = await reportMonth(A1, 100, true);
    expect(local(a1Done.request.createdAt)).toBe('2027-04-26T09:00');
    expect([local(a1Done.register.createdAt), local(a1Done.register.dueAt)]).toEqual(['2027-04-27T10:00', '2027-04-30T23:59']);
    await reportMonth(A2, 50);
    await reportMonth(A3, 50);
    expect((await s.instance(child.A1)).state).toBe('completed');
  });

  it('May: A2 gets its high-level solution on the 16th; A3\'s fails on the 20th, Gerencia General exits it and tells Gerencia and Planeación', async () => {
    await s.advanceTo(bogota('2027-05-08T10:00'));
    await bimonthly(33);

    await s.advanceTo(bogota('2027-05-16T10:00'));
    const solution = await s.as('natalia-rincon').complete('Solucion_Alto_Nivel', { medidasAltoNivel: 'Convenio SENA–Colombia Productiva', responsablesMedidas: 'SENA', fechaCompromisoSolucion: '2027-06-15' }, (task) => task.instanceKey === child.A2);
    expect(local(solution.createdAt)).toBe('2027-05-16T09:00');
    expect(solution.candidateRoles.sort()).toEqual(['gerente-general', 'lider-tecnico']);

    await s.advanceTo(bogota('2027-05-20T10:00'));
    const evaluation = await s.as('lucia-paredes').complete('Evaluar_Solucion', { resultadoSolucion: 'MinSalud no expidió el reglamento', persisteIncumplimiento: true }, (task) => task.instanceKey === child.A3);
    expect(local(evaluation.createdAt)).toBe('2027-05-20T09:00');
    await s.as('lucia-paredes').complete('Dar_Salida', { motivoSalida: 'Incumplimiento persistente tras la solución de alto nivel' });

    const exit = await notified('sofia-herrera', 'Informar_Salida');
    expect(exit.map((item) => [item.instanceKey, local(item.createdAt), item.subject])).toEqual([[child.A3, '2027-05-20T10:00', `Acción retirada de la matriz ${SECTOR}: ${A3.nombre}`]]);
    expect(await notified('lucia-paredes', 'Informar_Salida')).toHaveLength(1);
    expect(await notified('felipe-ortiz', 'Informar_Salida')).toEqual([]);
    expect((await s.instance(child.A3)).state).toBe('completed');
    expect(await s.as('jorge-villamil').inbox('Reportar_Avance_Entidad')).toEqual([]);

    await s.advanceTo(bogota('2027-05-28T10:00'));
    await reportMonth(A2, 60);
  });

  it('June: A2\'s high-level solution is evaluated on the 15th: non-compliance overcome, the action stays in the matrix', async () => {
    await s.advanceTo(bogota('2027-06-15T10:00'));
    const evaluation = await s.as('lucia-paredes').complete('Evaluar_Solucion', { resultadoSolucion: 'Convenio firmado, cohorte en curso', persisteIncumplimiento: false });
    expect(local(evaluation.createdAt)).toBe('2027-06-15T09:00');
    expect(await s.as('lucia-paredes').inbox('Dar_Salida')).toEqual([]);
    expect((await s.instance(child.A2)).state).toBe('active');
    await s.advanceTo(bogota('2027-06-27T10:00'));
    await reportMonth(A2, 70);
  });

  it('July: the achievements meeting with the actors reports A3\'s exit', async () => {
    await s.advanceTo(bogota('2027-07-06T10:00'));
    await bimonthly(67, true);
    const meeting = await s.as('lucia-paredes').complete('Reunion_Logros', {
      fechaReunionLogros: '2027-07-20', avancesPresentados: 'A1 cumplida; A2 en ejecución', accionesRetiradasInformadas: `${A3.id}: ${A3.nombre}`,
      incorporarNuevasAcciones: false, nuevasAcciones: [], nuevaBarrera: false, barreraIdentificada: '', entidadSolucion: '',
    });
    expect(local(meeting.dueAt)).toBe('2027-08-05T10:00');
    expect((await s.instance(matrix)).variables.reunionesConNuevasAcciones).toBe(0);
  });

  it('July 2027 to June 2028: the monthly report is requested in the last five days of every month, leap February included', async () => {
    for (const { year, month } of months(2027, 7, 12)) {
      const window = reportingWindow(year, month);
      if (month % 2 === 1 && !(year === 2027 && month === 7)) {
        await s.advanceTo(bogota(`${year}-${String(month).padStart(2, '0')}-06T10:00`));
        await bimonthly(67);
      }
      await s.advanceTo(bogota(window.opens.replace('T09:00', 'T10:00')));
      await reportMonth(A2, 70 + month);
    }
    const requests = (await s.instance(child.A2)).userTasks.filter((task) => task.elementId === 'Reportar_Avance_Entidad');
    const created = requests.map((task) => [local(task.createdAt), local(task.dueAt)]).sort();
    const expected = months(2027, 1, 18).map(({ year, month }) => reportingWindow(year, month)).map((window) => [window.opens, window.entityDue]);
    expect(created).toEqual(expected);
    expect(created.map(([opens]) => opens)).toEqual(expect.arrayContaining(['2027-02-24T09:00', '2028-02-25T09:00', '2028-06-26T09:00']));
    expect(requests.every((task) => task.state === 'completed' && task.completedBy === 'diego-salazar')).toBe(true);
  });

  it('month 18 (6 July 2028, 10:00): the matrix closes, the open follow-up ends and Planeación writes the closing report, published to Colombia Productiva, the Viceministerio and MinCIT', async () => {
    await s.advanceTo(bogota('2028-07-06T09:59'));
    expect(await s.as('sofia-herrera').inbox('Informe_Cierre')).toEqual([]);
    await s.advanceTo(bogota('2028-07-06T11:00'));

    // Ramiro belongs to Planeación's own unit, not to Colombia Productiva itself: not a candidate.
    expect(await s.as('ramiro-duarte').inbox('Informe_Cierre')).toEqual([]);
    const report = await s.as('sofia-herrera').complete('Informe_Cierre', { logrosAlcanzados: 'A1 cumplida', desafios: 'A2 sin cumplir; A3 retirada', porcentajeFinal: 67 });
    expect(report.candidateRoles).toEqual(['planeacion']);
    expect([local(report.createdAt), local(report.dueAt)]).toEqual(['2028-07-06T10:00', '2028-08-05T10:00']);
    expect(report.variables.motivoCierre).toBe('18 meses de ejecución');

    const closed = await s.instance(matrix);
    expect(closed.state).toBe('completed');
    expect(local(closed.endedAt)).toBe('2028-07-06T11:00');
    expect((await s.instance(child.A2)).state).toBe('terminated');
    const bimonthlyReports = closed.userTasks.filter((task) => task.elementId === 'Generar_Reporte_Logros').map((task) => local(task.createdAt)).sort();
    expect(bimonthlyReports).toEqual(['2027-03-06T10:00', '2027-05-06T10:00', '2027-07-06T10:00', '2027-09-06T10:00', '2027-11-06T10:00', '2028-01-06T10:00', '2028-03-06T10:00', '2028-05-06T10:00']);

    // The July 2028 window never opens: the follow-up ended with the matrix.
    await s.advanceTo(bogota('2028-07-31T12:00'));
    expect(await s.as('diego-salazar').inbox()).toEqual([]);
    expect(await s.as('natalia-rincon').inbox()).toEqual([]);

    for (const person of ['carolina-mejia', 'andres-cardenas', 'lucia-paredes', 'sofia-herrera']) {
      const [closing] = await notified(person, 'Publicar_Informe_Cierre');
      expect(closing.subject).toBe(`Informe de cierre de la matriz: ${SECTOR} (18 meses de ejecución)`);
      expect(local(closing.createdAt)).toBe('2028-07-06T11:00');
    }
    expect(await notified('paula-quintero', 'Publicar_Informe_Cierre')).toEqual([]);
  });

  it('the auditor reads who did what, in order, and the history chains verify', async () => {
    const completions = (records: HistoryRecord[]) =>
      records.filter((record) => record.intent === 'USER_TASK_COMPLETED').map((record) => [record.elementId, record.actor?.id, local(record.time)]);

    expect(completions(await s.history(child.A3)).filter(([element]) => ['Solucion_Alto_Nivel', 'Evaluar_Solucion', 'Dar_Salida'].includes(element as string))).toEqual([
      ['Solucion_Alto_Nivel', 'felipe-ortiz', '2027-04-27T10:00'],
      ['Evaluar_Solucion', 'lucia-paredes', '2027-05-20T10:00'],
      ['Dar_Salida', 'lucia-paredes', '2027-05-20T10:00'],
    ]);
    const a2 = await s.history(child.A2);
    // The escalation is thrown by the end event and caught on the border of the action's subprocess.
    const escalations = a2.filter((record) => record.intent === 'ESCALATION_THROWN');
    expect(escalations.map((record) => [record.value.escalationCode, record.value.caughtBy, local(record.time)])).toEqual([['alerta-vencimiento', 'Alerta_Vencida_B', '2027-04-15T09:00']]);
    const thrower = a2.findIndex((record) => record.intent === 'ELEMENT_ACTIVATED' && record.elementId === 'Escalar_Vencida');
    expect(thrower).toBeGreaterThan(-1);
    expect(thrower).toBeLessThan(a2.indexOf(escalations[0]));
    expect(escalations[0].actor?.kind).toBe('timer');
    const a1Escalations = (await s.history(child.A1)).filter((record) => record.intent === 'ESCALATION_THROWN');
    expect(a1Escalations.map((record) => [record.value.escalationCode, local(record.time)])).toEqual([['alerta-sin-respuesta', '2027-01-29T18:00']]);
    const attended = completions(a2).filter(([element]) => element === 'Atender_Alerta' || element === 'Gestionar_EAN');
    expect(attended).toEqual([['Atender_Alerta', 'carolina-mejia', '2027-04-15T10:00'], ['Gestionar_EAN', 'jorge-villamil', '2027-04-15T10:00']]);
    const sequences = a2.map((record) => record.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));

    const closing = completions(await s.history(matrix));
    expect(closing[0]).toEqual(['Identificar_Alto_Nivel', 'natalia-rincon', '2027-01-04T09:00']);
    expect(closing[1]).toEqual(['Invitar_Alto_Nivel', 'carolina-mejia', '2027-01-06T10:00']);
    expect(closing.at(-1)).toEqual(['Informe_Cierre', 'sofia-herrera', '2028-07-06T11:00']);
    for (const key of [matrix, ...Object.values(child)]) expect(await s.verified(key)).toBe(true);
  });
});
