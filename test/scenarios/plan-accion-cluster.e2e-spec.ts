import { bogota, inBogota, Scenario, type Task } from './support/scenario.js';

/**
 * Plan de acción del cluster vitivinícola de O'Higgins (002_2b140ff145424040.txt), from the study's
 * delivery to the first evaluation cycle: the Gobierno Regional convenes, ProChile (responsible for
 * the study) disseminates, the Mesa de Trabajo builds the plan (its first validation sends it back
 * to the Mesas Temáticas), the support institutions execute the six ámbitos, and the quarterly
 * evaluation sends the plan back to the Mesa for adjustment. Times are the installation's zone
 * (Bogotá), as the processes are written.
 */

const local = (instant: string | null) => (instant ? inBogota(instant) : null);

/** The vitivinícola plan's activities per institution, from the document's table (VI). */
const ACTIVITIES_OF = {
  'matias-fuentes': 7, // CORFO takes part in seven of the nine activities
  'josefa-munoz': 5, // INDAP
  'francisca-soto': 4, // ProChile
  'carmen-gallardo': 4, // Gobierno Regional
};

describe('plan-accion-cluster (vitivinícola): from the study to the first evaluation cycle, with work sent back', () => {
  let s: Scenario;
  let plan: string;

  /** Moves to the Bogotá time `at` and completes the person's task there. */
  const work = async (at: string, person: string, elementId: string, variables: Record<string, unknown>, match?: (task: Task) => boolean) => {
    await s.advanceTo(bogota(at));
    return s.as(person).complete(elementId, variables, match);
  };

  beforeAll(async () => {
    s = await Scenario.start('scenario_cluster', '2027-04-05T09:00:00-05:00');
  });

  afterAll(async () => {
    await s?.close();
  });

  it('stage 1: the Gobierno Regional convenes, ProChile runs the workshops, the institutions commit and the private actors are involved', async () => {
    plan = (await s.as('francisca-soto').start('plan-accion-cluster', { cluster: 'vitivinicola', region: "O'Higgins", periodoSeguimiento: 'P3M' }, 'CER-VITI')).key;
    const variables = (await s.instance(plan)).variables;
    expect(variables.plan).toMatchObject({ convocante: 'gore-ohiggins', responsableEstudio: 'prochile', periodoSeguimiento: 'P3M' });

    expect(await s.as('francisca-soto').inbox('Convocar_Organismos')).toEqual([]);
    const convene = await work('2027-04-07T10:00', 'carmen-gallardo', 'Convocar_Organismos', { organismosConvocados: 'ProChile, CORFO, INDAP, SERCOTEC', fechaTalleres: '2027-04-19' });
    expect([local(convene.createdAt), local(convene.dueAt)]).toEqual(['2027-04-05T09:00', '2027-04-20T09:00']);
    expect(convene.candidateInstitutions).toEqual(['gore-ohiggins']);

    const workshops = await work('2027-04-20T16:00', 'francisca-soto', 'Talleres_Publicos', { talleresRealizados: 2, estrategiaPublicaInicial: 'Estrategia pública inicial', institucionesSeleccionMesa: 'CORFO, INDAP' });
    expect(local(workshops.dueAt)).toBe('2027-05-07T10:00');
    await work('2027-04-27T10:00', 'carmen-gallardo', 'Compromiso_Institucional', { institucionesComprometidas: 'CORFO, INDAP, ProChile', instrumentosComprometidos: 'INNOVA Chile, PROFO' });
    await work('2027-04-28T10:00', 'carmen-gallardo', 'Designar_Lideres', { institucionesLideres: 'CORFO lidera innovación; ProChile, mercado' });
    await work('2027-05-12T10:00', 'francisca-soto', 'Difusion_Privados', { talleresPrivados: 3, actoresSensibilizados: 'Viñas de Colchagua y Cachapoal' });
    await work('2027-05-26T10:00', 'francisca-soto', 'Involucrar_Privados', { actoresComprometidos: 'Doce viñas', numeroOptimoEmpresas: 12 });
  });

  it('stage 2: the Mesa de Trabajo is formed and sets its strategic bases; organisation, technical team and financing run in parallel', async () => {
    await work('2027-06-02T10:00', 'francisca-soto', 'Conformar_Mesa', { integrantesMesa: 'ProChile, CORFO, PTI Colchagua, viñas' });
    const bases = await work('2027-06-30T10:00', 'rodrigo-pizarro', 'Bases_Estrategicas', { pactoInicial: 'Pacto', vision: 'Visión', mision: 'Misión', objetivosEstrategicos: 'Objetivos y Mapa Estratégico' });
    expect(bases.candidateRoles).toEqual(['integrante-mesa']);

    const parallel = [
      ...(await s.as('francisca-soto').inbox('Financiamiento')),
      ...(await s.as('francisca-soto').inbox('Equipo_Tecnico')),
      ...(await s.as('matias-fuentes').inbox('Organizar_CER')),
    ];
    expect(parallel.map((task) => [task.elementId, local(task.createdAt), local(task.dueAt)])).toEqual([
      ['Financiamiento', '2027-06-30T10:00', '2027-08-29T10:00'],
      ['Equipo_Tecnico', '2027-06-30T10:00', '2027-08-29T10:00'],
      ['Organizar_CER', '2027-06-30T10:00', '2027-08-29T10:00'],
    ]);
    await work('2027-07-14T10:00', 'francisca-soto', 'Financiamiento', { fuentesPublicas: 'FNDR, CORFO', aportesPrivados: 'Cuotas de las viñas' });
    await work('2027-07-15T10:00', 'matias-fuentes', 'Organizar_CER', { mesasTematicas: 'Innovación, mercado, entorno', figuraJuridica: 'Corporación' });
    expect(await s.as('rodrigo-pizarro').inbox('Lineas_Plan')).toEqual([]);
    await work('2027-07-16T10:00', 'francisca-soto', 'Equipo_Tecnico', { gerenteCer: 'rodrigo-pizarro', profesionalesApoyo: 'Dos profesionales' });
    const [lines] = await s.as('rodrigo-pizarro').inbox('Lineas_Plan');
    expect(local(lines.createdAt)).toBe('2027-07-16T10:00');
  });

  it('stage 3: the first validation of the work plan fails and sends it back to the Mesas Temáticas', async () => {
    await work('2027-07-23T10:00', 'rodrigo-pizarro', 'Lineas_Plan', { lineasGenerales: 'Innovación, capacidades, mercado' });
    await work('2027-08-06T10:00', 'francisca-soto', 'Mesas_Tematicas', { necesidadesPriorizadas: 'Primera priorización' });
    await work('2027-08-13T10:00', 'rodrigo-pizarro', 'Validar_Plan', { metasCortoPlazo: 'Sin metas medibles', planValidado: false });

    const [again] = await s.as('matias-fuentes').inbox('Mesas_Tematicas');
    expect(local(again.createdAt)).toBe('2027-08-13T10:00');
    expect(await s.as('matias-fuentes').inbox('Ambito_innovacion')).toEqual([]);
  });

  it('stage 3: the validated plan is executed in the six ámbitos in parallel, each activity by the institutions of the document\'s table', async () => {
    await work('2027-08-20T10:00', 'matias-fuentes', 'Mesas_Tematicas', { necesidadesPriorizadas: 'Priorización con metas' });
    await work('2027-08-27T10:00', 'rodrigo-pizarro', 'Validar_Plan', { metasCortoPlazo: 'Metas a seis meses', planValidado: true });

    for (const [person, count] of Object.entries(ACTIVITIES_OF)) {
      const mine = (await s.as(person).inbox()).filter((task) => task.elementId.startsWith('Ambito_'));
      expect(mine).toHaveLength(count);
      expect(mine.every((task) => local(task.createdAt) === '2027-08-27T10:00' && local(task.dueAt) === '2027-11-27T10:00')).toBe(true);
    }
    expect((await s.instance(plan)).userTasks.filter((task) => task.elementId.startsWith('Ambito_') && task.state !== 'completed')).toHaveLength(9);
    expect(await s.as('diego-salazar').inbox()).toEqual([]);

    await work('2027-09-15T10:00', 'josefa-munoz', 'Ambito_mercado', { resultadoActividad: 'Información de mercado a 40 empresas', instrumentosUtilizados: 'CEGE (INDAP)' }, (task) => task.candidateInstitutions.join() === 'prochile,indap');
    await s.as('matias-fuentes').complete('Ambito_innovacion', { resultadoActividad: 'Centro de innovación en diseño' }, (task) => task.candidateInstitutions.join() === 'corfo,fia');
    await s.as('carmen-gallardo').complete('Ambito_vinculacion', { resultadoActividad: 'Asociatividad: dos PROFO' }, (task) => task.candidateInstitutions.join() === 'gore-ohiggins,corfo,sercotec');
  });

  it('stage 4: after one follow-up period (27 November) the technical team reports and the Mesa sends the plan back: open activities stop and the plan returns to its general lines', async () => {
    await s.advanceTo(bogota('2027-11-27T09:59'));
    expect(await s.as('rodrigo-pizarro').inbox('Registrar_Seguimiento')).toEqual([]);
    const followUp = await work('2027-11-29T10:00', 'rodrigo-pizarro', 'Registrar_Seguimiento', {
      compromisosMaterializados: 'Tres de nueve actividades', actividadesRealizadas: 'Mercado, innovación, vinculación', cumplimientoObjetivos: 'Parcial', factoresProceso: 'Falta financiamiento',
    });
    expect([local(followUp.createdAt), local(followUp.dueAt)]).toEqual(['2027-11-27T10:00', '2027-12-12T10:00']);
    expect(followUp.candidateRoles).toEqual(['gerente-cluster']);

    await work('2027-12-06T10:00', 'francisca-soto', 'Evaluacion_Participativa', { evaluacion: 'El plan no responde a la falta de financiamiento', decisionEvaluacion: 'ajustar' });
    const tasks = (await s.instance(plan)).userTasks.filter((task) => task.elementId.startsWith('Ambito_'));
    expect(tasks.filter((task) => task.state === 'completed')).toHaveLength(3);
    expect(tasks.filter((task) => task.state !== 'completed').map((task) => [task.state, local(task.endedAt)])).toEqual(Array(6).fill(['cancelled', '2027-12-06T10:00']));
    for (const person of Object.keys(ACTIVITIES_OF)) expect((await s.as(person).inbox()).filter((task) => task.elementId.startsWith('Ambito_'))).toEqual([]);

    const [lines] = (await s.as('rodrigo-pizarro').inbox('Lineas_Plan'));
    expect(local(lines.createdAt)).toBe('2027-12-06T10:00');
  });

  it('the adjusted plan is validated again and a new execution starts, whose follow-up comes one period later', async () => {
    await work('2027-12-13T10:00', 'rodrigo-pizarro', 'Lineas_Plan', { lineasGenerales: 'Se añade financiamiento' });
    await work('2027-12-20T10:00', 'francisca-soto', 'Mesas_Tematicas', { necesidadesPriorizadas: 'Financiamiento primero' });
    await work('2028-01-10T10:00', 'rodrigo-pizarro', 'Validar_Plan', { metasCortoPlazo: 'Metas ajustadas', planValidado: true });
    const open = (await s.instance(plan)).userTasks.filter((task) => task.elementId.startsWith('Ambito_') && task.state === 'created');
    expect(open).toHaveLength(9);
    expect(open.every((task) => local(task.dueAt) === '2028-04-10T10:00')).toBe(true);

    await s.advanceTo(bogota('2028-04-10T11:00'));
    const [next] = await s.as('rodrigo-pizarro').inbox('Registrar_Seguimiento');
    expect(local(next.createdAt)).toBe('2028-04-10T10:00');
  });

  it('the auditor reads the history: who validated, the escalation that sent the plan back, and the order of the stages', async () => {
    const history = await s.history(plan);
    const completed = history.filter((record) => record.intent === 'USER_TASK_COMPLETED').map((record) => [record.elementId, record.actor?.id]);
    expect(completed.filter(([element]) => element === 'Validar_Plan')).toEqual([['Validar_Plan', 'rodrigo-pizarro'], ['Validar_Plan', 'rodrigo-pizarro'], ['Validar_Plan', 'rodrigo-pizarro']]);
    expect(completed.slice(0, 4).map(([element]) => element)).toEqual(['Convocar_Organismos', 'Talleres_Publicos', 'Compromiso_Institucional', 'Designar_Lideres']);

    const escalations = history.filter((record) => record.intent === 'ESCALATION_THROWN');
    expect(escalations.map((record) => [record.value.escalationCode, record.value.caughtBy, local(record.time), record.actor?.id])).toEqual([['ajustar-plan', 'Ajuste_Plan_B', '2027-12-06T10:00', 'francisca-soto']]);
    const canceled = history.filter((record) => record.intent === 'USER_TASK_CANCELED');
    expect(canceled).toHaveLength(6);
    expect(history.indexOf(canceled[0])).toBeGreaterThan(history.indexOf(escalations[0]));
    expect(await s.verified(plan)).toBe(true);
  });
});
