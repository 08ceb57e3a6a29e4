// Planeación por OKR trimestrales: 001_16273988eb0cdd4e.txt (ruta para construir la estrategia,
// pirámide de alineación estratégica, marco de resultados y planes de trabajo Q1 a Q4).

const ACI = 'aci-medellin';
const DIRECCION = { institutions: ACI, roles: 'director-ejecutivo,director-area' };
const PLANEACION = { institutions: ACI, roles: 'planeacion' };

const pool = {
  id: 'Participant_Okr',
  name: 'Planeación estratégica por OKR',
  processId: 'okr-trimestral',
  processName: 'Planeación por OKR trimestrales',
  doc: 'Ruta: quiénes somos, para dónde vamos, todos alineados, cómo medimos los avances (OKR) y planes de trabajo por equipo; seguimiento trimestral y ajuste anual (001_16273988eb0cdd4e.txt). Variables de inicio: anio, equipos [{id, nombre, lider}].',
  rowH: 120,
  lanes: [
    { id: 'Lane_O_Direccion', name: 'Dirección de la ACI Medellín' },
    { id: 'Lane_O_Planeacion', name: 'Planeación estratégica' },
    { id: 'Lane_O_Equipos', name: 'Líderes de proceso y sus equipos', rows: 2, padBottom: 60 },
  ],
  elements: [
    {
      id: 'Okr_Inicio', type: 'startEvent', name: 'Inicio de la planeación anual', lane: 'Lane_O_Planeacion', col: 0,
      form: { id: 'okr-inicio', fields: [
        ['anio', 'number', 'Año que se planea', { required: true, min: 2020 }],
        ['equipos', 'dynamiclist', 'Equipos y procesos misionales', { fields: [
          ['id', 'textfield', 'Código del equipo', { required: true }],
          ['nombre', 'textfield', 'Equipo o proceso (p. ej. Posicionamiento, Conocimiento, Cooperación, Inversión)', { required: true }],
          ['lider', 'textfield', 'Líder del equipo (id de la persona)', { required: true }],
        ] }],
      ] },
    },
    {
      id: 'Quienes_Somos', type: 'userTask', name: 'Quiénes somos: diagnóstico', lane: 'Lane_O_Planeacion', col: 1,
      ext: { assignment: PLANEACION, schedule: { due: 'P15D' } },
      form: { id: 'okr-quienes-somos', fields: [
        ['documentosRevisados', 'textarea', 'Documentos clave, entrevistas y procesos revisados', { required: true }],
        ['necesidadesPlanificacion', 'textarea', 'Necesidades de planificación y condiciones habilitantes', { required: true }],
      ] },
    },
    {
      id: 'Matriz_Crea', type: 'userTask', name: 'Matriz CREA y curva de valor', lane: 'Lane_O_Planeacion', col: 2,
      doc: 'Factores de competencia a eliminar, reducir, aumentar y crear; perfil estratégico actual frente al ideal.',
      ext: { assignment: PLANEACION, schedule: { due: 'P15D' } },
      form: { id: 'okr-matriz-crea', fields: [
        ['eliminar', 'textarea', 'Eliminar', { required: true }],
        ['reducir', 'textarea', 'Reducir', { required: true }],
        ['aumentar', 'textarea', 'Aumentar', { required: true }],
        ['crear', 'textarea', 'Crear', { required: true }],
        ['curvaValor', 'textarea', 'Curva de valor: brechas con el perfil ideal'],
      ] },
    },
    {
      id: 'Proposito_Vision', type: 'userTask', name: 'Para dónde vamos: propósito inspirador y visión', lane: 'Lane_O_Direccion', col: 3,
      ext: { assignment: DIRECCION, schedule: { due: 'P15D' } },
      form: { id: 'okr-proposito-vision', fields: [
        ['propositoInspirador', 'textarea', 'Propósito inspirador', { required: true }],
        ['vision', 'textarea', 'Visión', { required: true }],
        ['lineasMisionales', 'textarea', 'Líneas misionales'],
      ] },
    },
    {
      id: 'Objetivos', type: 'userTask', name: 'Todos alineados: objetivos estratégicos y tácticos', lane: 'Lane_O_Direccion', col: 4,
      doc: 'Cada objetivo táctico responde a un objetivo estratégico (pirámide de alineación).',
      ext: { assignment: DIRECCION, schedule: { due: 'P15D' } },
      form: { id: 'okr-objetivos', fields: [
        ['objetivosEstrategicos', 'textarea', 'Objetivos estratégicos (OE)', { required: true }],
        ['objetivosTacticos', 'textarea', 'Objetivos tácticos (OT) por objetivo estratégico', { required: true }],
      ] },
    },
    {
      id: 'Marco_Resultados', type: 'userTask', name: 'Cómo medimos: marco de resultados y guía OKR', lane: 'Lane_O_Planeacion', col: 5,
      ext: { assignment: PLANEACION, schedule: { due: 'P10D' } },
      form: { id: 'okr-marco-resultados', fields: [
        ['marcoResultados', 'textarea', 'Metas del plan de desarrollo y metas internas', { required: true }],
        ['guiaOkr', 'textfield', 'Enlace a la guía metodológica de OKR'],
      ] },
    },
    { id: 'Anio_Merge', type: 'exclusiveGateway', lane: 'Lane_O_Equipos', col: 6 },
    { id: 'Okr_Merge', type: 'exclusiveGateway', lane: 'Lane_O_Equipos', col: 7 },
    {
      id: 'Formular_Okr', type: 'userTask', name: 'Formular los OKR del equipo para Q1 a Q4', lane: 'Lane_O_Equipos', col: 8,
      mi: { sequential: false, cardinality: 'count(equipos)' },
      doc: 'Plan de trabajo por equipo: para cada objetivo táctico, los resultados clave de cada trimestre.',
      ext: { inputs: [['= equipos[loopCounter]', 'equipo']], assignment: { institutions: ACI, roles: 'responsable-okr', assignee: '= equipo.lider' }, schedule: { due: 'P15D' } },
      form: { id: 'okr-formular-equipo', fields: [
        ['objetivoEquipo', 'textarea', 'Objetivo del equipo y objetivo táctico al que responde', { required: true }],
        ['resultadosQ1', 'textarea', 'Resultados clave Q1', { required: true }],
        ['resultadosQ2', 'textarea', 'Resultados clave Q2', { required: true }],
        ['resultadosQ3', 'textarea', 'Resultados clave Q3', { required: true }],
        ['resultadosQ4', 'textarea', 'Resultados clave Q4', { required: true }],
      ] },
    },
    {
      id: 'Validar_Despliegue', type: 'userTask', name: 'Validar el despliegue de los OKR', lane: 'Lane_O_Planeacion', col: 9,
      ext: { assignment: PLANEACION, schedule: { due: 'P10D' } },
      form: { id: 'okr-validar-despliegue', fields: [
        ['okrAlineados', 'checkbox', 'Los OKR de todos los equipos están alineados con los objetivos'],
        ['observacionesDespliegue', 'textarea', 'Observaciones para los equipos'],
      ] },
    },
    { id: 'Despliegue_GW', type: 'exclusiveGateway', name: '¿Alineados?', lane: 'Lane_O_Planeacion', col: 10, default: 'Flow_O_Reformular', labelPos: 'above' },
    {
      id: 'Trimestres', type: 'subProcess', name: 'Trimestre del año (Q1 a Q4)', lane: 'Lane_O_Planeacion',
      mi: { sequential: true, cardinality: '4' },
      ext: { inputs: [['= loopCounter', 'trimestre']] },
    },
    { id: 'Trimestre_Inicio', type: 'startEvent', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 11 },
    {
      id: 'Cierre_Trimestre', type: 'intermediateCatchEvent', name: 'Último día del trimestre', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 12,
      event: { kind: 'timer', timeDate: '= date and time(date(anio, 3 * trimestre, 1) + duration("P1M") - duration("P1D"), time("09:00:00"))' },
    },
    {
      id: 'Reportar_Resultados', type: 'userTask', name: 'Reportar el avance de los resultados clave', parent: 'Trimestres', lane: 'Lane_O_Equipos', col: 13,
      mi: { sequential: false, cardinality: 'count(equipos)' },
      ext: { inputs: [['= equipos[loopCounter]', 'equipo']], assignment: { institutions: ACI, roles: 'responsable-okr', assignee: '= equipo.lider' }, schedule: { due: 'P10D' } },
      form: { id: 'okr-reporte-trimestral', fields: [
        ['cumplimientoResultados', 'number', 'Cumplimiento de los resultados clave del trimestre (%)', { required: true, min: 0, max: 100 }],
        ['logrosTrimestre', 'textarea', 'Logros y evidencias', { required: true }],
        ['aprendizajes', 'textarea', 'Aprendizajes y obstáculos'],
      ] },
    },
    {
      id: 'Revision_Trimestral', type: 'userTask', name: 'Revisión trimestral de los OKR', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 14,
      ext: { assignment: PLANEACION, schedule: { due: 'P10D' } },
      form: { id: 'okr-revision-trimestral', fields: [
        ['balanceTrimestre', 'textarea', 'Balance del trimestre', { required: true }],
        ['ajustarOkr', 'checkbox', 'Ajustar los OKR del siguiente trimestre'],
      ] },
    },
    { id: 'Ajuste_Trimestre_GW', type: 'exclusiveGateway', name: '¿Ajustar OKR?', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 15, default: 'Flow_O_SinAjuste' },
    {
      id: 'Ajustar_Okr', type: 'userTask', name: 'Ajustar los OKR del siguiente trimestre', parent: 'Trimestres', lane: 'Lane_O_Equipos', col: 16,
      mi: { sequential: false, cardinality: 'count(equipos)' },
      ext: { inputs: [['= equipos[loopCounter]', 'equipo']], assignment: { institutions: ACI, roles: 'responsable-okr', assignee: '= equipo.lider' }, schedule: { due: 'P10D' } },
      form: { id: 'okr-ajuste-trimestral', fields: [
        ['ajustesOkr', 'textarea', 'Ajustes a los resultados clave', { required: true }],
      ] },
    },
    { id: 'Ajuste_Merge', type: 'exclusiveGateway', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 17 },
    { id: 'Trimestre_Fin', type: 'endEvent', name: 'Trimestre cerrado', parent: 'Trimestres', lane: 'Lane_O_Planeacion', col: 18 },
    {
      id: 'Ajuste_Anual', type: 'userTask', name: 'Ajustar los planes para el año siguiente', lane: 'Lane_O_Direccion', col: 20,
      doc: 'Retrospectiva del año y ajuste de los objetivos, los planes de trabajo y los OKR.',
      ext: { assignment: DIRECCION, schedule: { due: 'P30D' } },
      form: { id: 'okr-ajuste-anual', fields: [
        ['retrospectivaAnual', 'textarea', 'Retrospectiva del año', { required: true }],
        ['ajustesPlanes', 'textarea', 'Ajustes a los objetivos y planes de trabajo', { required: true }],
        ['continuarSiguienteAnio', 'checkbox', 'Planear el año siguiente con estos ajustes'],
      ] },
    },
    { id: 'Nuevo_Anio_GW', type: 'exclusiveGateway', name: '¿Año siguiente?', lane: 'Lane_O_Direccion', col: 21, default: 'Flow_O_Cerrar' },
    { id: 'Siguiente_Anio', type: 'scriptTask', name: 'Pasar al año siguiente', lane: 'Lane_O_Equipos', row: 1, col: 21, script: 'anio + 1', ext: { scriptResult: 'anio' } },
    { id: 'Okr_Fin', type: 'endEvent', name: 'Planeación cerrada', lane: 'Lane_O_Direccion', col: 22 },
  ],
  flows: [
    { id: 'Flow_O_1', from: 'Okr_Inicio', to: 'Quienes_Somos' },
    { id: 'Flow_O_2', from: 'Quienes_Somos', to: 'Matriz_Crea' },
    { id: 'Flow_O_3', from: 'Matriz_Crea', to: 'Proposito_Vision' },
    { id: 'Flow_O_4', from: 'Proposito_Vision', to: 'Objetivos' },
    { id: 'Flow_O_5', from: 'Objetivos', to: 'Marco_Resultados' },
    { id: 'Flow_O_6', from: 'Marco_Resultados', to: 'Anio_Merge' },
    { id: 'Flow_O_7', from: 'Anio_Merge', to: 'Okr_Merge' },
    { id: 'Flow_O_8', from: 'Okr_Merge', to: 'Formular_Okr' },
    { id: 'Flow_O_9', from: 'Formular_Okr', to: 'Validar_Despliegue' },
    { id: 'Flow_O_10', from: 'Validar_Despliegue', to: 'Despliegue_GW' },
    { id: 'Flow_O_Alineados', from: 'Despliegue_GW', to: 'Trimestres', name: 'Sí', cond: 'okrAlineados = true', align: 'source' },
    { id: 'Flow_O_Reformular', from: 'Despliegue_GW', to: 'Okr_Merge', name: 'No', exit: 'bottom', enter: 'bottom', via: [{ col: 10, lane: 'Lane_O_Equipos', row: 1 }, { col: 7, lane: 'Lane_O_Equipos', row: 1 }] },
    { id: 'Flow_O_11', from: 'Trimestre_Inicio', to: 'Cierre_Trimestre' },
    { id: 'Flow_O_12', from: 'Cierre_Trimestre', to: 'Reportar_Resultados' },
    { id: 'Flow_O_13', from: 'Reportar_Resultados', to: 'Revision_Trimestral' },
    { id: 'Flow_O_14', from: 'Revision_Trimestral', to: 'Ajuste_Trimestre_GW' },
    { id: 'Flow_O_ConAjuste', from: 'Ajuste_Trimestre_GW', to: 'Ajustar_Okr', name: 'Sí', cond: 'ajustarOkr = true' },
    { id: 'Flow_O_SinAjuste', from: 'Ajuste_Trimestre_GW', to: 'Ajuste_Merge', name: 'No' },
    { id: 'Flow_O_15', from: 'Ajustar_Okr', to: 'Ajuste_Merge' },
    { id: 'Flow_O_16', from: 'Ajuste_Merge', to: 'Trimestre_Fin' },
    { id: 'Flow_O_17', from: 'Trimestres', to: 'Ajuste_Anual' },
    { id: 'Flow_O_18', from: 'Ajuste_Anual', to: 'Nuevo_Anio_GW' },
    { id: 'Flow_O_Continuar', from: 'Nuevo_Anio_GW', to: 'Siguiente_Anio', name: 'Sí', cond: 'continuarSiguienteAnio = true', exit: 'bottom', enter: 'top', via: [{ col: 21, lane: 'Lane_O_Equipos', row: 1, dy: -60 }] },
    { id: 'Flow_O_Cerrar', from: 'Nuevo_Anio_GW', to: 'Okr_Fin', name: 'No' },
    { id: 'Flow_O_19', from: 'Siguiente_Anio', to: 'Anio_Merge', exit: 'bottom', enter: 'bottom', via: [{ col: 21, lane: 'Lane_O_Equipos', row: 1, dy: 70 }, { col: 6, lane: 'Lane_O_Equipos', row: 1, dy: 70 }] },
  ],
  groups: [
    { id: 'Group_Estrategia', name: 'Construcción de la estrategia', members: ['Quienes_Somos', 'Marco_Resultados'] },
    { id: 'Group_Planes', name: 'Planes de trabajo por equipo', members: ['Anio_Merge', 'Despliegue_GW'] },
    { id: 'Group_Seguimiento', name: 'Seguimiento trimestral y ajuste anual', members: ['Trimestres', 'Okr_Fin'] },
  ],
};

export default {
  id: 'okr_trimestral',
  doc: 'Planeación y estrategia por OKR trimestrales (001_16273988eb0cdd4e.txt).',
  pools: [pool],
};
