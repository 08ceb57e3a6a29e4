// Plan de acción de cluster en cuatro etapas, from 002_2b140ff145424040.txt (sections IV and VI,
// the vitivinícola and frutícola plans) with the TIC cluster roadmap of 003_5f1dd62a48d336aa.txt.

/** Writes a JS value as a FEEL literal (strings, numbers, booleans, lists, contexts). */
function feel(value) {
  if (Array.isArray(value)) return `[${value.map(feel).join(', ')}]`;
  if (value && typeof value === 'object') return `{${Object.entries(value).map(([k, v]) => `${k}: ${feel(v)}`).join(', ')}}`;
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

const act = (nombre, instituciones, instrumentos) => ({ nombre, instituciones, instrumentos });

// Actividades indicativas por ámbito, tomadas de las planillas del documento (columna
// "Instituciones e instrumentos de apoyo"); las del cluster TIC, de las tablas 2 a 5 de 003.
const CATALOGO = {
  vitivinicola: {
    convocante: 'gore-ohiggins',
    responsableEstudio: 'prochile',
    ambitos: {
      innovacion: [
        act('Programa de asesorías de consultores y expertos que facilitan el acceso a la innovación', ['corfo', 'indap'], 'INNOVA Chile, Fomento Calidad y FAT (CORFO); Red Rubro y PDI (INDAP)'),
        act('Implementación del Centro de Innovación y Desarrollo Vitivinícola', ['corfo', 'fia'], 'INNOVA Chile (CORFO); Proyectos y Estudios de Promoción Agraria y Captura e Innovación Tecnológica (FIA)'),
      ],
      capacidades: [
        act('Implementación de la Red del Conocimiento', ['corfo', 'fia', 'sence'], 'INNOVA Chile (CORFO); Formación para la Innovación (FIA); FONDEF CONICYT; SENCE; universidades'),
      ],
      mercado: [
        act('Programa integral de fortalecimiento y promoción del CER con productos de "Imagen Territorio"', ['corfo', 'prochile', 'indap'], 'INNOVA Chile (CORFO); Misiones comerciales y Ferias (ProChile); Turismo Rural (INDAP)'),
        act('Programa de acercamiento de información de mercado a las empresas de la región', ['prochile', 'indap'], 'Proyectos Sectoriales de Promoción de Exportaciones, Fondo de Promoción de Exportaciones Agropecuarias y PYMEXPORTA (ProChile); CEGE (INDAP)'),
      ],
      entorno: [
        act('Fomento del desarrollo de infraestructura económica y financiera en el territorio', ['gore-ohiggins', 'corfo', 'indap', 'bancoestado'], 'Gobierno Regional, instituciones financieras, CORFO, INDAP, BancoEstado'),
      ],
      vinculacion: [
        act('Programa para la promoción de la asociatividad entre los actores del CER', ['gore-ohiggins', 'corfo', 'sercotec'], 'Gobierno Regional; PROFO, PDP y PAG (CORFO); Programa Microempresa (SERCOTEC)'),
        act('Promoción de relaciones del CER con entidades de interés extraterritoriales', ['gore-ohiggins', 'prochile'], 'Gobierno Regional; PYMEXPORTA (ProChile)'),
      ],
      informacion: [
        act('Establecimiento de la unidad de generación y manejo de información', ['gore-ohiggins', 'prochile', 'corfo', 'indap'], 'Gobierno Regional; bases de datos de ProChile y CORFO; SITEC (INDAP)'),
      ],
    },
  },
  fruticola: {
    convocante: 'gore-ohiggins',
    responsableEstudio: 'prochile',
    ambitos: {
      innovacion: [
        act('Programa de asesorías de consultores y expertos que facilitan el acceso a la innovación', ['corfo', 'indap'], 'INNOVA Chile, Fomento Calidad y FAT (CORFO); Red Rubro y PDI (INDAP)'),
        act('Vinculación a centros de excelencia en investigación, desarrollo e innovación', ['corfo', 'fia'], 'INNOVA Chile (CORFO); Proyectos y Estudios de Promoción Agraria y Captura e Innovación Tecnológica (FIA)'),
      ],
      capacidades: [
        act('Fomento a la investigación que dé base a la innovación y la transferencia tecnológica', ['corfo', 'fia', 'sence'], 'INNOVA Chile (CORFO); Formación para la Innovación (FIA); FONDEF CONICYT; SENCE; universidades'),
      ],
      mercado: [
        act('Crear las bases para la identificación del CER con productos de "Imagen Territorio"', ['corfo', 'prochile', 'indap'], 'INNOVA Chile (CORFO); Misiones comerciales y Ferias (ProChile); Turismo Rural (INDAP)'),
        act('Apoyo para la generación de oportunidades de mercado y la materialización de negocios', ['prochile', 'indap'], 'Proyectos Sectoriales de Promoción de Exportaciones, Fondo de Promoción de Exportaciones Agropecuarias y PYMEXPORTA (ProChile); CEGE (INDAP)'),
      ],
      entorno: [
        act('Fomento de una infraestructura económica y financiera en el territorio', [], 'La planilla no indica instituciones: la articulan los integrantes de la Mesa del CER'),
      ],
      vinculacion: [
        act('Promoción de la asociatividad entre los actores del CER', ['gore-ohiggins', 'corfo', 'sercotec'], 'Gobierno Regional; PROFO, PDP y PAG (CORFO); Programa Microempresa (SERCOTEC)'),
        act('Promoción de relaciones del CER con entidades de interés extraterritoriales', ['gore-ohiggins', 'prochile'], 'Gobierno Regional; PYMEXPORTA (ProChile)'),
      ],
      informacion: [
        act('Establecimiento de la unidad de generación y manejo de información', ['gore-ohiggins', 'prochile', 'corfo', 'indap'], 'Gobierno Regional; bases de datos de ProChile y CORFO; SITEC (INDAP)'),
      ],
    },
  },
  tic: {
    convocante: 'adezs',
    responsableEstudio: 'adezs-comision-tic',
    ambitos: {
      innovacion: [
        act('Identificar y articular el ecosistema de innovación presente en el territorio', ['adezs-comision-tic'], 'Servicios de apoyo (tabla 2)'),
        act('Gestionar la participación en proyectos de I+D y crear un observatorio de tendencias técnicas', ['adezs-comision-tic'], 'Capacitación y servicios de apoyo (tabla 3)'),
      ],
      capacidades: [
        act('Organizar actividades de capacitación: talleres, webinars, benchmarking y seminarios', ['adezs-comision-tic'], 'Actividades de capacitación (tabla 2)'),
        act('Capacitación gerencial y técnica negociada con INCAE', ['adezs-comision-tic'], 'Capacitación (tabla 3)'),
      ],
      mercado: [
        act('Mercadear los productos: redes sociales, ferias virtuales, ruedas de negocios e inteligencia de mercado', ['adezs-comision-tic'], 'Mercadear los productos (tabla 2)'),
        act('Crear una marca región y promover activamente la Iniciativa Clúster', ['adezs-comision-tic'], 'Promover y mercadear (tabla 3)'),
      ],
      entorno: [
        act('Informar sobre fondos concursables, gestionar bienes públicos habilitantes y atraer inversión', ['adezs-comision-tic'], 'Servicios de apoyo (tablas 2 y 3)'),
      ],
      vinculacion: [
        act('Establecer relaciones: CAMTIC, otros clústeres, gobierno e incubadoras', ['adezs-comision-tic'], 'Establecer relaciones (tabla 2)'),
        act('Formalizar vínculos mediante una asociación y facilitar la interacción con el gobierno', ['adezs-comision-tic'], 'Relaciones entre actores (tabla 3)'),
      ],
      informacion: [
        act('Organizar y difundir la información de la Iniciativa Clúster y crear canales formales de comunicación', ['adezs-comision-tic'], 'Promover y mercadear (tabla 3)'),
      ],
    },
  },
};

const DECISION = `{
  elegido: get value(${feel(CATALOGO)}, cluster),
  convocante: elegido.convocante,
  responsableEstudio: elegido.responsableEstudio,
  ambitos: elegido.ambitos,
  periodoSeguimiento: if periodoSeguimiento = null then "P6M" else periodoSeguimiento
}`;

const AMBITOS = [
  ['innovacion', 'Innovación', 'Actividades de innovación'],
  ['capacidades', 'Desarrollo de capacidades', 'Actividades de desarrollo de capacidades'],
  ['mercado', 'Desarrollo de mercado', 'Actividades de desarrollo de mercado'],
  ['entorno', 'Mejoramiento del entorno', 'Actividades de mejoramiento del entorno'],
  ['vinculacion', 'Vinculación y trabajo en red', 'Actividades de vinculación y trabajo en red'],
  ['informacion', 'Generación y manejo de información', 'Actividades de generación de información'],
];

const ACTIVIDAD_FORM = {
  id: 'ejecucion-actividad-ambito',
  intro: 'Actividad del Plan de Trabajo del CER en uno de sus seis ámbitos.',
  fields: [
    ['resultadoActividad', 'textarea', 'Resultado obtenido', { required: true }],
    ['instrumentosUtilizados', 'textarea', 'Instrumentos de fomento utilizados'],
    ['metasIndicadores', 'textarea', 'Metas e indicadores alcanzados'],
  ],
};

const CONV = { institutions: '= plan.convocante' };
const RESP = { institutions: '= plan.responsableEstudio' };
const MESA = { roles: 'integrante-mesa' };
const GERENTE = { roles: 'gerente-cluster' };

const ambitoTasks = AMBITOS.map(([key, , name], i) => ({
  id: `Ambito_${key}`, type: 'userTask', name, parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Apoyo', row: i, col: 22,
  mi: { sequential: false, cardinality: `count(plan.ambitos.${key})` },
  doc: `Una tarea por actividad del ámbito en el Plan de Trabajo; la asumen las instituciones de apoyo de la planilla (si no nombra ninguna, la Mesa de Trabajo del CER).`,
  ext: {
    inputs: [[`= plan.ambitos.${key}[loopCounter]`, 'actividad']],
    // Named institutions: any of their people (the document assigns the activity to the institution);
    // none named: the Mesa de Trabajo del CER.
    assignment: { institutions: '= actividad.instituciones', roles: '= if count(actividad.instituciones) = 0 then "integrante-mesa" else []' },
    schedule: { due: '= plan.periodoSeguimiento' },
  },
  form: ACTIVIDAD_FORM,
}));

const pool = {
  id: 'Participant_Cluster',
  name: 'Plan de acción del cluster',
  processId: 'plan-accion-cluster',
  processName: 'Plan de acción de cluster en cuatro etapas',
  doc: 'Etapas: 1. Difusión de los resultados del estudio; 2. Establecimiento de la institucionalidad público-privada; 3. Fortalecimiento de la competitividad del cluster; 4. Seguimiento, evaluación y retroalimentación. Variables de inicio: cluster (vitivinicola | fruticola | tic), region, periodoSeguimiento (duración ISO-8601).',
  rowH: 120,
  lanes: [
    { id: 'Lane_C_Convocante', name: 'Autoridad convocante (Intendente)' },
    { id: 'Lane_C_Responsable', name: 'Responsable del estudio (ProChile)', rowH: 130 },
    { id: 'Lane_C_Mesa', name: 'Mesa de Trabajo del CER', rows: 1, padTop: 60, padBottom: 70 },
    { id: 'Lane_C_Gerente', name: 'Equipo técnico del CER (gerente)' },
    { id: 'Lane_C_Apoyo', name: 'Instituciones de apoyo e instrumentos de fomento', rowH: 110, rows: 6, padTop: 30, padBottom: 90 },
  ],
  elements: [
    {
      id: 'Cluster_Inicio', type: 'startEvent', name: 'Estudio del cluster entregado', lane: 'Lane_C_Responsable', col: 0,
      form: { id: 'plan-cluster-inicio', fields: [
        ['cluster', 'select', 'Cluster', { required: true, values: [['vitivinicola', 'Vitivinícola (O\'Higgins)'], ['fruticola', 'Frutícola (O\'Higgins)'], ['tic', 'Tecnologías de información y comunicación (Zona Sur)']] }],
        ['region', 'textfield', 'Región o territorio', { required: true }],
        ['periodoSeguimiento', 'select', 'Periodicidad del seguimiento y la evaluación', { required: true, values: [['P3M', 'Trimestral'], ['P6M', 'Semestral'], ['P1Y', 'Anual']] }],
      ] },
    },
    {
      id: 'Determinar_Plan', type: 'businessRuleTask', name: 'Determinar actores y actividades indicativas del cluster', lane: 'Lane_C_Responsable', col: 1,
      doc: 'Las actividades, instituciones e instrumentos de apoyo de cada ámbito vienen de las planillas del plan (vitivinícola, frutícola) y de las tablas de acciones de la Comisión TIC de la ADEZS.',
      ext: { decision: { expression: `= ${DECISION}`, result: 'plan' } },
    },
    // Etapa 1: Difusión de los resultados del estudio.
    {
      id: 'Convocar_Organismos', type: 'userTask', name: 'Convocar a los organismos de fomento productivo', lane: 'Lane_C_Convocante', col: 2,
      doc: '1.1 a) El Intendente convoca a los organismos con responsabilidades en el desarrollo productivo para dar a conocer y discutir el estudio.',
      ext: { assignment: CONV, schedule: { due: 'P15D' } },
      form: { id: 'convocar-organismos', fields: [
        ['organismosConvocados', 'textarea', 'Organismos convocados', { required: true }],
        ['fechaTalleres', 'datetime', 'Fecha de los talleres de difusión', { required: true, subtype: 'date' }],
      ] },
    },
    {
      id: 'Talleres_Publicos', type: 'userTask', name: 'Talleres de difusión con las instituciones públicas', lane: 'Lane_C_Responsable', col: 3,
      doc: 'Talleres y reuniones de trabajo para la apropiación del estudio por las instituciones públicas regionales; ProChile, responsable del estudio, apoya su puesta en práctica.',
      ext: { assignment: RESP, schedule: { due: 'P30D' } },
      form: { id: 'talleres-sector-publico', fields: [
        ['talleresRealizados', 'number', 'Talleres realizados', { required: true, min: 0 }],
        ['estrategiaPublicaInicial', 'textarea', 'Estrategia pública inicial para inducir el proceso', { required: true }],
        ['institucionesSeleccionMesa', 'textarea', 'Instituciones encargadas de seleccionar a los actores de la Mesa de Trabajo'],
      ] },
    },
    {
      id: 'Compromiso_Institucional', type: 'userTask', name: 'Formalizar el compromiso institucional con el Plan', lane: 'Lane_C_Convocante', col: 4,
      doc: '1.1 b) Mecanismo de sanción del estudio y del Plan: compromiso de las instituciones de trabajar en su implementación con sus instrumentos de fomento.',
      ext: { assignment: CONV, schedule: { due: 'P30D' } },
      form: { id: 'compromiso-institucional', fields: [
        ['institucionesComprometidas', 'textarea', 'Instituciones comprometidas', { required: true }],
        ['instrumentosComprometidos', 'textarea', 'Instrumentos de fomento puestos a disposición', { required: true }],
      ] },
    },
    {
      id: 'Designar_Lideres', type: 'userTask', name: 'Designar a las instituciones líderes de las iniciativas', lane: 'Lane_C_Convocante', col: 5,
      doc: '1.1 c) Designación, por el Intendente, de las instituciones públicas responsables de liderar las iniciativas (se sugiere ProChile y CORFO).',
      ext: { assignment: CONV, schedule: { due: 'P15D' } },
      form: { id: 'designar-lideres', fields: [
        ['institucionesLideres', 'textarea', 'Instituciones líderes designadas (se sugiere ProChile y CORFO)', { required: true }],
      ] },
    },
    {
      id: 'Difusion_Privados', type: 'userTask', name: 'Difundir el estudio a los actores privados', lane: 'Lane_C_Responsable', col: 6,
      doc: '1.2 a) Sensibilización de los actores privados sobre lo que significa funcionar como cluster y sus beneficios, aplicando la gestión del cambio.',
      ext: { assignment: RESP, schedule: { due: 'P30D' } },
      form: { id: 'difusion-privados', fields: [
        ['talleresPrivados', 'number', 'Talleres de difusión realizados', { required: true, min: 0 }],
        ['actoresSensibilizados', 'textarea', 'Empresarios y asociaciones sensibilizados', { required: true }],
      ] },
    },
    {
      id: 'Involucrar_Privados', type: 'userTask', name: 'Involucrar a los actores privados con mayor potencial', lane: 'Lane_C_Responsable', col: 7,
      doc: '1.2 b) y c) Conversaciones con los actores con mayor potencial y número óptimo de empresas para cada fase del cluster.',
      ext: { assignment: RESP, schedule: { due: 'P30D' } },
      form: { id: 'involucrar-privados', fields: [
        ['actoresComprometidos', 'textarea', 'Actores privados comprometidos', { required: true }],
        ['numeroOptimoEmpresas', 'number', 'Número óptimo de empresas en esta fase', { required: true, min: 1 }],
      ] },
    },
    // Etapa 2: Institucionalidad público-privada.
    {
      id: 'Conformar_Mesa', type: 'userTask', name: 'Conformar la Mesa de Trabajo del CER', lane: 'Lane_C_Responsable', col: 8,
      doc: '2.1 Grupo líder: mesa de trabajo público-privada con representantes de las asociaciones de empresarios y de las instituciones designadas.',
      ext: { assignment: RESP, schedule: { due: 'P30D' } },
      form: { id: 'conformar-mesa', fields: [
        ['integrantesMesa', 'textarea', 'Integrantes de la Mesa de Trabajo (públicos y privados)', { required: true }],
        ['potencialidadesDificultades', 'textarea', 'Definición preliminar de potencialidades y dificultades del sector'],
      ] },
    },
    {
      id: 'Bases_Estrategicas', type: 'userTask', name: 'Definir las bases estratégicas del CER', lane: 'Lane_C_Mesa', col: 9,
      doc: '2.2 Pacto inicial, visión-misión y objetivos estratégicos elaborados participativamente (Mapa Estratégico).',
      ext: { assignment: MESA, schedule: { due: 'P60D' } },
      form: { id: 'bases-estrategicas', fields: [
        ['pactoInicial', 'textarea', 'Pacto inicial: puntos en común y acuerdos', { required: true }],
        ['vision', 'textarea', 'Visión', { required: true }],
        ['mision', 'textarea', 'Misión', { required: true }],
        ['objetivosEstrategicos', 'textarea', 'Objetivos estratégicos (Mapa Estratégico)', { required: true }],
      ] },
    },
    { id: 'Institucionalidad_Split', type: 'parallelGateway', lane: 'Lane_C_Mesa', col: 10 },
    {
      id: 'Financiamiento', type: 'userTask', name: 'Identificar el financiamiento público y privado', lane: 'Lane_C_Responsable', col: 11,
      doc: '2.2 d) Fuentes de financiamiento de la institucionalidad: aportes públicos (instrumentos de fomento) y privados.',
      ext: { assignment: RESP, schedule: { due: 'P60D' } },
      form: { id: 'financiamiento-institucionalidad', fields: [
        ['fuentesPublicas', 'textarea', 'Aportes públicos e instrumentos', { required: true }],
        ['aportesPrivados', 'textarea', 'Aportes privados', { required: true }],
      ] },
    },
    {
      id: 'Organizar_CER', type: 'userTask', name: 'Organizar el CER: Mesas Temáticas y figura jurídica', lane: 'Lane_C_Mesa', col: 11,
      doc: 'Estructura operativa: Mesa de Trabajo y Mesas Temáticas; inicio de las gestiones para constituir el CER con una figura jurídica.',
      ext: { assignment: MESA, schedule: { due: 'P60D' } },
      form: { id: 'organizar-cer', fields: [
        ['mesasTematicas', 'textarea', 'Mesas Temáticas y su forma de operación', { required: true }],
        ['figuraJuridica', 'textfield', 'Figura jurídica propuesta'],
      ] },
    },
    {
      id: 'Equipo_Tecnico', type: 'userTask', name: 'Conformar el equipo técnico de apoyo', lane: 'Lane_C_Gerente', col: 11,
      doc: 'Al menos un profesional con rol de gerente, con dedicación exclusiva, y otros profesionales según los requerimientos.',
      ext: { assignment: RESP, schedule: { due: 'P60D' } },
      form: { id: 'equipo-tecnico', fields: [
        ['gerenteCer', 'textfield', 'Gerente del CER', { required: true }],
        ['profesionalesApoyo', 'textarea', 'Profesionales de apoyo'],
      ] },
    },
    { id: 'Institucionalidad_Join', type: 'parallelGateway', lane: 'Lane_C_Mesa', col: 12 },
    // Etapa 3: Fortalecimiento de la competitividad.
    { id: 'Plan_Merge', type: 'exclusiveGateway', lane: 'Lane_C_Mesa', col: 13 },
    {
      id: 'Lineas_Plan', type: 'userTask', name: 'Generar las líneas generales del Plan de Trabajo', lane: 'Lane_C_Mesa', col: 14,
      doc: 'Con los resultados del estudio, las definiciones estratégicas y, en cada nuevo ciclo, la retroalimentación de la evaluación.',
      ext: { assignment: MESA, schedule: { due: 'P30D' } },
      form: { id: 'lineas-plan-trabajo', fields: [
        ['lineasGenerales', 'textarea', 'Líneas generales del Plan de Trabajo', { required: true }],
      ] },
    },
    { id: 'Tematicas_Merge', type: 'exclusiveGateway', lane: 'Lane_C_Mesa', col: 15 },
    {
      id: 'Mesas_Tematicas', type: 'userTask', name: 'Priorizar necesidades y acciones en las Mesas Temáticas', lane: 'Lane_C_Mesa', col: 16,
      ext: { assignment: MESA, schedule: { due: 'P30D' } },
      form: { id: 'mesas-tematicas', fields: [
        ['necesidadesPriorizadas', 'textarea', 'Necesidades y acciones priorizadas por tema', { required: true }],
      ] },
    },
    {
      id: 'Validar_Plan', type: 'userTask', name: 'Consolidar y validar el Plan de Trabajo único', lane: 'Lane_C_Mesa', col: 17,
      doc: 'La Mesa de Trabajo recopila los aportes de las Mesas Temáticas y establece un Plan de Trabajo único, con metas e indicadores para las acciones de corto plazo.',
      ext: { assignment: MESA, schedule: { due: 'P15D' } },
      form: { id: 'validar-plan-trabajo', fields: [
        ['metasCortoPlazo', 'textarea', 'Metas e indicadores de corto plazo', { required: true }],
        ['planValidado', 'checkbox', 'El Plan de Trabajo queda validado'],
      ] },
    },
    { id: 'Plan_Validado_GW', type: 'exclusiveGateway', name: '¿Plan validado?', lane: 'Lane_C_Mesa', col: 18, default: 'Flow_C_NoValidado' },
    {
      id: 'Ejecucion_Ambitos', type: 'subProcess', name: 'Ejecución del Plan de Trabajo en los seis ámbitos', lane: 'Lane_C_Apoyo',
      extra: { left: 10, right: 10 },
    },
    { id: 'Ambitos_Inicio', type: 'startEvent', parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Apoyo', row: 2, dy: 55, col: 20 },
    { id: 'Ambitos_Split', type: 'parallelGateway', parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Apoyo', row: 2, dy: 55, col: 21 },
    ...ambitoTasks,
    { id: 'Ambitos_Join', type: 'parallelGateway', parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Apoyo', row: 2, dy: 55, col: 23 },
    { id: 'Ambitos_Fin', type: 'endEvent', name: 'Actividades ejecutadas', parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Apoyo', row: 2, dy: 55, col: 24 },
    // Etapa 4: Seguimiento, evaluación y retroalimentación (recurrente mientras se ejecuta el plan).
    { id: 'Seguimiento_Evaluacion', type: 'subProcess', eventSub: true, name: 'Etapa 4: Seguimiento, evaluación y retroalimentación', parent: 'Ejecucion_Ambitos', lane: 'Lane_C_Gerente' },
    {
      id: 'Cada_Periodo', type: 'startEvent', name: 'Cada periodo de seguimiento', interrupting: false, parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Gerente', col: 20,
      event: { kind: 'timer', timeCycle: '= "R/" + plan.periodoSeguimiento' },
    },
    {
      id: 'Registrar_Seguimiento', type: 'userTask', name: 'Registrar el seguimiento del Plan de Trabajo', parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Gerente', col: 21,
      doc: 'El equipo gerencial-técnico verifica la materialización de los compromisos, la realización de las actividades, el cumplimiento de los objetivos y los factores promotores u obstaculizadores, y reporta a la Mesa.',
      ext: { assignment: GERENTE, schedule: { due: 'P15D' } },
      form: { id: 'seguimiento-plan', fields: [
        ['compromisosMaterializados', 'textarea', 'Materialización de los compromisos de los actores', { required: true }],
        ['actividadesRealizadas', 'textarea', 'Actividades realizadas (calidad y oportunidad)', { required: true }],
        ['cumplimientoObjetivos', 'textarea', 'Cumplimiento de los objetivos', { required: true }],
        ['factoresProceso', 'textarea', 'Factores promotores u obstaculizadores'],
      ] },
    },
    {
      id: 'Evaluacion_Participativa', type: 'userTask', name: 'Evaluar con los actores y retroalimentar', parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Mesa', col: 22,
      ext: { assignment: MESA, schedule: { due: 'P30D' } },
      form: { id: 'evaluacion-participativa', fields: [
        ['evaluacion', 'textarea', 'Reflexión evaluativa de los actores', { required: true }],
        ['decisionEvaluacion', 'select', 'Decisión', { required: true, values: [['continuar', 'Continuar con el Plan de Trabajo'], ['ajustar', 'Devolver el Plan de Trabajo para ajustarlo']] }],
      ] },
    },
    { id: 'Retroalimentacion_GW', type: 'exclusiveGateway', name: '¿Ajustar el plan?', parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Mesa', col: 23, default: 'Flow_C_Continuar' },
    { id: 'Devolver_Plan', type: 'endEvent', name: 'Devolver el plan para ajuste', parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Mesa', col: 24, event: { kind: 'escalation', ref: 'Escalation_AjustePlan' } },
    { id: 'Continuar_Plan', type: 'endEvent', name: 'Plan en curso', parent: 'Seguimiento_Evaluacion', lane: 'Lane_C_Gerente', col: 24 },
    {
      id: 'Ajuste_Plan_B', type: 'boundaryEvent', name: 'Plan devuelto', attachedTo: 'Ejecucion_Ambitos', side: 'bottom', atColumn: 21,
      event: { kind: 'escalation', ref: 'Escalation_AjustePlan' }, labelPos: 'above-right',
    },
    {
      id: 'Evaluacion_Final', type: 'userTask', name: 'Evaluación final y sistema de buenas prácticas', lane: 'Lane_C_Gerente', col: 26,
      doc: 'Sistema de autoevaluación y de buenas prácticas que facilite replicar los aciertos en clusters de características similares.',
      ext: { assignment: GERENTE, schedule: { due: 'P30D' } },
      form: { id: 'evaluacion-final-cluster', fields: [
        ['resultadosEconomicosSociales', 'textarea', 'Grandes resultados económicos y sociales', { required: true }],
        ['buenasPracticas', 'textarea', 'Buenas prácticas documentadas', { required: true }],
      ] },
    },
    { id: 'Cluster_Fin', type: 'endEvent', name: 'Plan de trabajo ejecutado', lane: 'Lane_C_Gerente', col: 27 },
  ],
  flows: [
    { id: 'Flow_C_1', from: 'Cluster_Inicio', to: 'Determinar_Plan' },
    { id: 'Flow_C_2', from: 'Determinar_Plan', to: 'Convocar_Organismos' },
    { id: 'Flow_C_3', from: 'Convocar_Organismos', to: 'Talleres_Publicos' },
    { id: 'Flow_C_4', from: 'Talleres_Publicos', to: 'Compromiso_Institucional' },
    { id: 'Flow_C_5', from: 'Compromiso_Institucional', to: 'Designar_Lideres' },
    { id: 'Flow_C_6', from: 'Designar_Lideres', to: 'Difusion_Privados' },
    { id: 'Flow_C_7', from: 'Difusion_Privados', to: 'Involucrar_Privados' },
    { id: 'Flow_C_8', from: 'Involucrar_Privados', to: 'Conformar_Mesa' },
    { id: 'Flow_C_9', from: 'Conformar_Mesa', to: 'Bases_Estrategicas' },
    { id: 'Flow_C_10', from: 'Bases_Estrategicas', to: 'Institucionalidad_Split' },
    { id: 'Flow_C_11', from: 'Institucionalidad_Split', to: 'Financiamiento' },
    { id: 'Flow_C_12', from: 'Institucionalidad_Split', to: 'Organizar_CER' },
    { id: 'Flow_C_13', from: 'Institucionalidad_Split', to: 'Equipo_Tecnico' },
    { id: 'Flow_C_14', from: 'Financiamiento', to: 'Institucionalidad_Join' },
    { id: 'Flow_C_15', from: 'Organizar_CER', to: 'Institucionalidad_Join' },
    { id: 'Flow_C_16', from: 'Equipo_Tecnico', to: 'Institucionalidad_Join' },
    { id: 'Flow_C_17', from: 'Institucionalidad_Join', to: 'Plan_Merge' },
    { id: 'Flow_C_18', from: 'Plan_Merge', to: 'Lineas_Plan' },
    { id: 'Flow_C_19', from: 'Lineas_Plan', to: 'Tematicas_Merge' },
    { id: 'Flow_C_20', from: 'Tematicas_Merge', to: 'Mesas_Tematicas' },
    { id: 'Flow_C_21', from: 'Mesas_Tematicas', to: 'Validar_Plan' },
    { id: 'Flow_C_22', from: 'Validar_Plan', to: 'Plan_Validado_GW' },
    { id: 'Flow_C_Validado', from: 'Plan_Validado_GW', to: 'Ejecucion_Ambitos', name: 'Sí', cond: 'planValidado = true', align: 'source' },
    { id: 'Flow_C_NoValidado', from: 'Plan_Validado_GW', to: 'Tematicas_Merge', name: 'No', exit: 'bottom', enter: 'bottom', via: [{ col: 18, lane: 'Lane_C_Mesa', dy: 95 }, { col: 15, lane: 'Lane_C_Mesa', dy: 95 }] },
    { id: 'Flow_C_23', from: 'Ambitos_Inicio', to: 'Ambitos_Split' },
    ...AMBITOS.flatMap(([key]) => [
      { id: `Flow_C_In_${key}`, from: 'Ambitos_Split', to: `Ambito_${key}` },
      { id: `Flow_C_Out_${key}`, from: `Ambito_${key}`, to: 'Ambitos_Join' },
    ]),
    { id: 'Flow_C_24', from: 'Ambitos_Join', to: 'Ambitos_Fin' },
    { id: 'Flow_C_25', from: 'Cada_Periodo', to: 'Registrar_Seguimiento' },
    { id: 'Flow_C_26', from: 'Registrar_Seguimiento', to: 'Evaluacion_Participativa' },
    { id: 'Flow_C_27', from: 'Evaluacion_Participativa', to: 'Retroalimentacion_GW' },
    { id: 'Flow_C_Ajustar', from: 'Retroalimentacion_GW', to: 'Devolver_Plan', name: 'Ajustar', cond: 'decisionEvaluacion = "ajustar"' },
    { id: 'Flow_C_Continuar', from: 'Retroalimentacion_GW', to: 'Continuar_Plan', name: 'Continuar' },
    { id: 'Flow_C_28', from: 'Ajuste_Plan_B', to: 'Plan_Merge', name: 'Retroalimentación: el plan vuelve a la Mesa', via: [{ col: 21, lane: 'Lane_C_Apoyo', row: 5, dy: 105 }, { col: 13, lane: 'Lane_C_Apoyo', row: 5, dy: 105 }], enter: 'bottom', labelAt: { col: 16, lane: 'Lane_C_Apoyo', row: 5, dy: 85 } },
    { id: 'Flow_C_29', from: 'Ejecucion_Ambitos', to: 'Evaluacion_Final', align: 'target' },
    { id: 'Flow_C_30', from: 'Evaluacion_Final', to: 'Cluster_Fin' },
  ],
  groups: [
    { id: 'Group_Etapa1', name: 'Etapa 1 · Difusión de los resultados del estudio', members: ['Convocar_Organismos', 'Involucrar_Privados'] },
    { id: 'Group_Etapa2', name: 'Etapa 2 · Institucionalidad público-privada', members: ['Conformar_Mesa', 'Institucionalidad_Join'] },
    { id: 'Group_Etapa3', name: 'Etapa 3 · Fortalecimiento de la competitividad', members: ['Plan_Merge', 'Ejecucion_Ambitos'] },
  ],
};

export default {
  id: 'plan_accion_cluster',
  doc: 'Plan de acción para el desarrollo de un cluster (002_2b140ff145424040.txt, con la hoja de ruta de 003_5f1dd62a48d336aa.txt para el cluster TIC).',
  escalations: [{ id: 'Escalation_AjustePlan', name: 'Ajuste del Plan de Trabajo', code: 'ajustar-plan' }],
  pools: [pool],
};
