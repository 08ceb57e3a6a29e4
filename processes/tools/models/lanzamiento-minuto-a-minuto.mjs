// Lanzamiento de una iniciativa sectorial, minuto a minuto: 004_1ad93430e5e9101a.txt, sección 1.

const CP = 'colombia-productiva';
const VICE = 'viceministerio-desarrollo-empresarial';
const T0 = 'date and time(fechaLanzamiento)';

const MOMENTO_FORM = {
  id: 'registro-momento-lanzamiento',
  intro: 'Registro del momento del lanzamiento para la memoria de la sesión.',
  fields: [
    ['momentoRealizado', 'checkbox', 'El momento se realizó según lo previsto', { required: true }],
    ['observacionesMomento', 'textarea', 'Observaciones'],
  ],
};

const at = (minutes) => ({ due: `= ${T0} + duration("PT${minutes}M")` });

const pool = {
  id: 'Participant_Lanzamiento',
  name: 'Lanzamiento de una iniciativa sectorial',
  processId: 'lanzamiento-minuto-a-minuto',
  processName: 'Lanzamiento de una iniciativa sectorial: minuto a minuto',
  doc: 'Primera sesión de una iniciativa sectorial de Soluciones por la Reindustrialización: preparación, los cinco momentos del lanzamiento y la coordinación de la próxima reunión con los actores relevantes. Variables de inicio: sector, fechaLanzamiento, lugar, institucionesInvitadas.',
  rowH: 120,
  lanes: [
    { id: 'Lane_L_Vice', name: 'Viceministra de Desarrollo Empresarial' },
    { id: 'Lane_L_Gerencia', name: 'Colombia Productiva · Gerente General' },
    { id: 'Lane_L_Lider', name: 'Colombia Productiva · Líder técnico de la iniciativa', rows: 2, padBottom: 30 },
  ],
  elements: [
    {
      id: 'Lanzamiento_Inicio', type: 'startEvent', name: 'Matriz de la iniciativa construida', lane: 'Lane_L_Lider', col: 0,
      form: { id: 'lanzamiento-inicio', fields: [
        ['sector', 'select', 'Iniciativa sectorial', { required: true, values: [
          ['medicamentos-sintesis-quimica', 'Medicamentos de síntesis química'], ['biologicos', 'Biológicos'],
          ['dispositivos-medicos', 'Dispositivos médicos'], ['cannabis-canamo', 'Cannabis-cáñamo'], ['astilleros', 'Astilleros'], ['otra', 'Otra iniciativa sectorial'],
        ] }],
        ['fechaLanzamiento', 'datetime', 'Fecha y hora del lanzamiento', { required: true, subtype: 'datetime' }],
        ['lugar', 'textfield', 'Lugar o enlace de la sesión', { required: true }],
        ['institucionesInvitadas', 'textfield', 'Instituciones públicas y privadas invitadas (ids del directorio, separados por comas)', { required: true }],
      ] },
    },
    { id: 'Preparacion_Split', type: 'parallelGateway', lane: 'Lane_L_Lider', col: 1 },
    {
      id: 'Confirmar_Viceministra', type: 'userTask', name: 'Confirmar la agenda y el saludo de la Viceministra', lane: 'Lane_L_Vice', col: 2,
      ext: { assignment: { institutions: VICE, roles: 'viceministra' }, schedule: { due: `= ${T0} - duration("P3D")` } },
      form: { id: 'confirmar-viceministra', fields: [
        ['agendaConfirmada', 'checkbox', 'Agenda confirmada', { required: true }],
        ['mensajesSaludo', 'textarea', 'Mensajes clave sobre la importancia del instrumento'],
      ] },
    },
    {
      id: 'Preparar_Instrumento', type: 'userTask', name: 'Preparar la presentación del instrumento y del micrositio', lane: 'Lane_L_Gerencia', col: 2,
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: { due: `= ${T0} - duration("P3D")` } },
      form: { id: 'preparar-instrumento', fields: [
        ['micrositio', 'textfield', 'Dirección del micrositio de Soluciones por la Reindustrialización', { required: true }],
        ['metodologiaPropuesta', 'textarea', 'Metodología de trabajo que se propone', { required: true }],
      ] },
    },
    {
      id: 'Preparar_Barreras', type: 'userTask', name: 'Preparar barreras, soluciones y hoja de ruta', lane: 'Lane_L_Lider', col: 2,
      doc: 'Las fechas de las acciones no se incluyen en la presentación: el cronograma indica cómo se avanzará en su definición, que será una construcción conjunta.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: { due: `= ${T0} - duration("P3D")` } },
      form: { id: 'preparar-barreras', fields: [
        ['barrerasPriorizadas', 'textarea', 'Barreras, brechas y cuellos de botella priorizados', { required: true }],
        ['solucionesPriorizadas', 'textarea', 'Soluciones priorizadas y hoja de ruta', { required: true }],
        ['cronogramaDefinicionFechas', 'checkbox', 'El cronograma explica cómo se definirán las fechas de las acciones (sin incluirlas)', { required: true }],
      ] },
    },
    {
      id: 'Convocar_Actores', type: 'serviceTask', name: 'Convocar a los actores públicos y privados', lane: 'Lane_L_Lider', row: 1, col: 2,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Invitación al lanzamiento de la iniciativa sectorial " + sector', 'to-institutions': '= institucionesInvitadas', when: '= string(fechaLanzamiento)', where: '= lugar' } },
    },
    { id: 'Preparacion_Join', type: 'parallelGateway', lane: 'Lane_L_Lider', col: 3 },
    { id: 'Inicio_Sesion', type: 'intermediateCatchEvent', name: 'Inicio del lanzamiento', lane: 'Lane_L_Lider', col: 4, event: { kind: 'timer', timeDate: `= ${T0}` } },
    {
      id: 'Momento_Saludo', type: 'userTask', name: '1. Saludo: importancia del instrumento', lane: 'Lane_L_Vice', col: 5,
      doc: 'Minuto 0 a 10. Saludo de la Viceministra de Desarrollo Empresarial resaltando la importancia del instrumento.',
      ext: { assignment: { institutions: VICE, roles: 'viceministra' }, schedule: at(10) }, form: MOMENTO_FORM,
    },
    {
      id: 'Momento_Instrumento', type: 'userTask', name: '2. Presentación del instrumento y del micrositio', lane: 'Lane_L_Gerencia', col: 6,
      doc: 'Minuto 10 a 30. El Gerente General de Colombia Productiva presenta el instrumento, el micrositio y, de manera general, la metodología de trabajo.',
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: at(30) }, form: MOMENTO_FORM,
    },
    {
      id: 'Momento_Barreras', type: 'userTask', name: '3. Barreras y soluciones priorizadas', lane: 'Lane_L_Lider', col: 7,
      doc: 'Minuto 30 a 60. El líder técnico presenta barreras, brechas, cuellos de botella y soluciones priorizadas, la priorización de actividades, la hoja de ruta y el cronograma.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: at(60) }, form: MOMENTO_FORM,
    },
    {
      id: 'Momento_Discusion', type: 'userTask', name: '4. Discusión público-privada', lane: 'Lane_L_Lider', col: 8,
      doc: 'Minuto 60 a 105. Barreras relevantes que podrían faltar en la matriz y su propuesta de solución; validación de la priorización por el sector público y el privado; mensaje sobre la construcción conjunta de las fechas de las acciones.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: at(105) },
      form: { id: 'discusion-publico-privada', fields: [
        ['barrerasAdicionales', 'textarea', 'Barreras que faltaban en la matriz y solución propuesta'],
        ['priorizacionValidada', 'checkbox', 'La priorización está acorde con las necesidades del sector'],
        ['mensajeFechas', 'checkbox', 'Se abordó la construcción conjunta de las fechas de las acciones', { required: true }],
        ['observacionesDiscusion', 'textarea', 'Observaciones de los actores'],
      ] },
    },
    {
      id: 'Momento_Cierre', type: 'userTask', name: '5. Cierre y pasos a seguir', lane: 'Lane_L_Gerencia', col: 9,
      doc: 'Minuto 105 a 120. Agradecimientos; relevancia del instrumento, sus actores, el seguimiento y los reportes, y del equipo de alto nivel para solucionar alertas; coordinación de la fecha de la próxima reunión con los actores relevantes.',
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: at(120) },
      form: { id: 'cierre-lanzamiento', fields: [
        ['mensajesCierre', 'textarea', 'Mensajes de cierre (seguimiento, reportes, equipo de alto nivel)', { required: true }],
        ['fechaProximaReunion', 'datetime', 'Fecha y hora de la próxima reunión', { required: true, subtype: 'datetime' }],
        ['lugarProximaReunion', 'textfield', 'Lugar o enlace de la próxima reunión', { required: true }],
      ] },
    },
    { id: 'Ajustes_GW', type: 'exclusiveGateway', name: '¿Ajustes a la matriz?', labelPos: 'above-left', lane: 'Lane_L_Lider', col: 10, default: 'Flow_L_SinAjustes' },
    {
      id: 'Ajustar_Matriz', type: 'userTask', name: 'Ajustar la matriz de la iniciativa', lane: 'Lane_L_Lider', col: 11,
      doc: 'Las iniciativas sectoriales y sus matrices son flexibles y dinámicas: se incorporan las barreras y soluciones surgidas en la discusión.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: { due: 'P10D' } },
      form: { id: 'ajustar-matriz', fields: [
        ['ajustesMatriz', 'textarea', 'Ajustes incorporados a la matriz', { required: true }],
      ] },
    },
    { id: 'Ajustes_Merge', type: 'exclusiveGateway', lane: 'Lane_L_Lider', col: 12 },
    {
      id: 'Convocar_Proxima', type: 'serviceTask', name: 'Enviar la convocatoria a la próxima reunión', lane: 'Lane_L_Gerencia', col: 13,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Próxima reunión de la iniciativa sectorial " + sector', 'to-institutions': `= institucionesInvitadas + ",${CP},${VICE}"`, when: '= string(fechaProximaReunion)', where: '= lugarProximaReunion' } },
    },
    { id: 'Semana_Antes', type: 'intermediateCatchEvent', name: 'Una semana antes', lane: 'Lane_L_Gerencia', col: 14, event: { kind: 'timer', timeDate: '= date and time(fechaProximaReunion) - duration("P7D")' } },
    {
      id: 'Recordar_Proxima', type: 'serviceTask', name: 'Recordar la próxima reunión a los actores', lane: 'Lane_L_Gerencia', col: 15,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Recordatorio: próxima reunión de la iniciativa sectorial " + sector', 'to-institutions': `= institucionesInvitadas + ",${CP},${VICE}"`, when: '= string(fechaProximaReunion)', where: '= lugarProximaReunion' } },
    },
    { id: 'Fecha_Proxima', type: 'intermediateCatchEvent', name: 'Fecha de la próxima reunión', lane: 'Lane_L_Gerencia', col: 16, event: { kind: 'timer', timeDate: '= date and time(fechaProximaReunion)' } },
    { id: 'Lanzamiento_Fin', type: 'endEvent', name: 'Próxima reunión con los actores', lane: 'Lane_L_Gerencia', col: 17 },
  ],
  flows: [
    { id: 'Flow_L_1', from: 'Lanzamiento_Inicio', to: 'Preparacion_Split' },
    { id: 'Flow_L_2', from: 'Preparacion_Split', to: 'Confirmar_Viceministra' },
    { id: 'Flow_L_3', from: 'Preparacion_Split', to: 'Preparar_Instrumento' },
    { id: 'Flow_L_4', from: 'Preparacion_Split', to: 'Preparar_Barreras' },
    { id: 'Flow_L_5', from: 'Preparacion_Split', to: 'Convocar_Actores' },
    { id: 'Flow_L_6', from: 'Confirmar_Viceministra', to: 'Preparacion_Join' },
    { id: 'Flow_L_7', from: 'Preparar_Instrumento', to: 'Preparacion_Join' },
    { id: 'Flow_L_8', from: 'Preparar_Barreras', to: 'Preparacion_Join' },
    { id: 'Flow_L_9', from: 'Convocar_Actores', to: 'Preparacion_Join' },
    { id: 'Flow_L_10', from: 'Preparacion_Join', to: 'Inicio_Sesion' },
    { id: 'Flow_L_11', from: 'Inicio_Sesion', to: 'Momento_Saludo' },
    { id: 'Flow_L_12', from: 'Momento_Saludo', to: 'Momento_Instrumento' },
    { id: 'Flow_L_13', from: 'Momento_Instrumento', to: 'Momento_Barreras' },
    { id: 'Flow_L_14', from: 'Momento_Barreras', to: 'Momento_Discusion' },
    { id: 'Flow_L_15', from: 'Momento_Discusion', to: 'Momento_Cierre' },
    { id: 'Flow_L_16', from: 'Momento_Cierre', to: 'Ajustes_GW' },
    { id: 'Flow_L_ConAjustes', from: 'Ajustes_GW', to: 'Ajustar_Matriz', name: 'Sí', cond: 'priorizacionValidada != true or (barrerasAdicionales != null and string length(barrerasAdicionales) > 0)' },
    { id: 'Flow_L_SinAjustes', from: 'Ajustes_GW', to: 'Ajustes_Merge', name: 'No', exit: 'bottom', enter: 'bottom', via: [{ col: 10, lane: 'Lane_L_Lider', row: 0, dy: 75 }, { col: 12, lane: 'Lane_L_Lider', row: 0, dy: 75 }] },
    { id: 'Flow_L_17', from: 'Ajustar_Matriz', to: 'Ajustes_Merge' },
    { id: 'Flow_L_18', from: 'Ajustes_Merge', to: 'Convocar_Proxima' },
    { id: 'Flow_L_19', from: 'Convocar_Proxima', to: 'Semana_Antes' },
    { id: 'Flow_L_20', from: 'Semana_Antes', to: 'Recordar_Proxima' },
    { id: 'Flow_L_21', from: 'Recordar_Proxima', to: 'Fecha_Proxima' },
    { id: 'Flow_L_22', from: 'Fecha_Proxima', to: 'Lanzamiento_Fin' },
  ],
  groups: [
    { id: 'Group_Preparacion', name: 'Preparación', members: ['Preparacion_Split', 'Preparacion_Join'] },
    { id: 'Group_Sesion', name: 'Lanzamiento: minuto a minuto (120 minutos)', members: ['Inicio_Sesion', 'Momento_Cierre'] },
    { id: 'Group_Pasos', name: 'Pasos a seguir', members: ['Ajustes_GW', 'Lanzamiento_Fin'] },
  ],
};

export default {
  id: 'lanzamiento_minuto_a_minuto',
  doc: 'Soluciones por la Reindustrialización: propuesta generalizada de minuto a minuto en lanzamientos (004_1ad93430e5e9101a.txt, sección 1).',
  pools: [pool],
};
