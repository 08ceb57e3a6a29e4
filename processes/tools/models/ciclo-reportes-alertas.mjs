// Ciclo de reportes periódicos y alertas de una matriz sectorial (Soluciones por la
// Reindustrialización), from 004_1ad93430e5e9101a.txt: Reportes Periódicos, Seguimiento entrada y
// salida de acciones, Apertura y cierre, Formalización Equipo de Alto Nivel.

const CP = 'colombia-productiva';
const VICE = 'viceministerio-desarrollo-empresarial';

const VENTANA = `{
  base: if ventana = null then date(today().year, today().month, 1) else date(ventana.mes) + duration("P1M"),
  inicioBase: base + duration("P1M") - duration("P5D"),
  mes: if ventana = null and today() >= inicioBase then base + duration("P1M") else base,
  finDeMes: mes + duration("P1M") - duration("P1D"),
  inicio: date and time(finDeMes - duration("P4D"), time("09:00:00")),
  limiteEntidad: date and time(finDeMes - duration("P2D"), time("18:00:00")),
  limite: date and time(finDeMes, time("23:59:00"))
}`;

const VENCE = 'date and time(date(accion.fechaVencimiento), time("09:00:00"))';

const matriz = {
  id: 'Participant_Matriz',
  name: 'Matriz sectorial de Soluciones por la Reindustrialización',
  processId: 'ciclo-reportes-alertas',
  processName: 'Ciclo de reportes periódicos y alertas de una matriz sectorial',
  doc: 'Seguimiento de la ejecución de una matriz sectorial: formalización del equipo de alto nivel, seguimiento de cada acción (proceso seguimiento-accion), reporte bimensual de logros, reuniones de seguimiento y de logros con entrada de nuevas acciones, y cierre al 100 % de las acciones o a los 18 meses con informe de cierre. Fuente: 004_1ad93430e5e9101a.txt.',
  rowH: 120,
  lanes: [
    { id: 'Lane_M_Vice', name: 'Viceministerio de Desarrollo Empresarial' },
    { id: 'Lane_M_Lideres', name: 'Colombia Productiva · Líderes técnicos', rows: 2, rowH: 140 },
    { id: 'Lane_M_Gerencia', name: 'Colombia Productiva · Gerencia General', rows: 2 },
    { id: 'Lane_M_Planeacion', name: 'Colombia Productiva · Planeación', rows: 2, padBottom: 30 },
  ],
  elements: [
    {
      id: 'Matriz_Inicio', type: 'startEvent', name: 'Matriz sectorial construida', lane: 'Lane_M_Lideres', col: 0,
      ext: { outputs: [['= 0', 'reunionesConNuevasAcciones']] },
      form: {
        id: 'matriz-sectorial-inicio',
        intro: 'Iniciativa sectorial de Soluciones por la Reindustrialización y las acciones de su matriz.',
        fields: [
          ['sector', 'select', 'Iniciativa sectorial', { required: true, values: [
            ['medicamentos-sintesis-quimica', 'Medicamentos de síntesis química'], ['biologicos', 'Biológicos'],
            ['dispositivos-medicos', 'Dispositivos médicos'], ['cannabis-canamo', 'Cannabis-cáñamo'], ['astilleros', 'Astilleros'], ['otra', 'Otra iniciativa sectorial'],
          ] }],
          ['acciones', 'dynamiclist', 'Acciones de la matriz', { fields: [
            ['id', 'textfield', 'Código de la acción', { required: true }],
            ['nombre', 'textfield', 'Acción', { required: true }],
            ['entidadResponsable', 'textfield', 'Entidad responsable (id del directorio)', { required: true }],
            ['liderTecnico', 'textfield', 'Líder técnico de Colombia Productiva (id de la persona)', { required: true }],
            ['fechaVencimiento', 'datetime', 'Fecha de vencimiento', { required: true, subtype: 'date' }],
          ] }],
        ],
      },
    },
    {
      id: 'Identificar_Alto_Nivel', type: 'userTask', name: 'Identificar a los actores de alto nivel de la iniciativa', lane: 'Lane_M_Lideres', col: 1,
      doc: 'Formalización del Equipo de Alto Nivel: los líderes técnicos identifican a los actores de alto nivel necesarios para el éxito de la iniciativa sectorial.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: { due: 'P15D' } },
      form: { id: 'identificar-alto-nivel', fields: [
        ['actoresAltoNivel', 'textarea', 'Actores de alto nivel propuestos (nombre, cargo, entidad)', { required: true }],
        ['justificacionAltoNivel', 'textarea', 'Por qué son necesarios para la iniciativa'],
      ] },
    },
    {
      id: 'Invitar_Alto_Nivel', type: 'userTask', name: 'Invitar al Equipo de Alto Nivel', lane: 'Lane_M_Vice', col: 2,
      doc: 'Desde el Viceministerio de Desarrollo Empresarial se envía la invitación a participar como Equipo de Alto Nivel de la iniciativa.',
      ext: { assignment: { institutions: VICE, roles: 'viceministra' }, schedule: { due: 'P15D' } },
      form: { id: 'invitar-alto-nivel', fields: [
        ['fechaInvitacion', 'datetime', 'Fecha de envío de la invitación', { required: true, subtype: 'date' }],
        ['integrantesAltoNivel', 'textarea', 'Integrantes que aceptaron participar', { required: true }],
      ] },
    },
    {
      id: 'Ejecucion_Matriz', type: 'subProcess', name: 'Ejecución de la matriz (hasta 18 meses)', lane: 'Lane_M_Lideres',
      doc: 'Termina normalmente cuando el 100 % de las acciones (las iniciales y las incorporadas) se han cumplido o han salido de la matriz.',
      ext: { outputs: [['= "100 % de las acciones"', 'motivoCierre']] },
      extra: { right: 10 },
    },
    { id: 'Ejecucion_Inicio', type: 'startEvent', name: 'Inicio de la ejecución', parent: 'Ejecucion_Matriz', lane: 'Lane_M_Lideres', col: 3 },
    {
      id: 'Seguimiento_Acciones', type: 'callActivity', name: 'Seguimiento de cada acción de la matriz', parent: 'Ejecucion_Matriz', lane: 'Lane_M_Lideres', col: 4,
      calledElement: 'seguimiento-accion',
      mi: { sequential: false, cardinality: 'count(acciones)' },
      ext: { inputs: [['= acciones[loopCounter]', 'accion'], ['= sector', 'sector']], calledProcess: { binding: 'latest', propagateAllChildVariables: 'false' } },
    },
    { id: 'Acciones_Terminadas', type: 'endEvent', name: 'Acciones cumplidas o retiradas', parent: 'Ejecucion_Matriz', lane: 'Lane_M_Lideres', col: 5 },

    // Reporte bimensual de logros, reuniones de seguimiento y de logros, entrada de acciones.
    {
      id: 'Reporte_Bimensual', type: 'subProcess', eventSub: true, name: 'Reporte bimensual de logros y reuniones de seguimiento', parent: 'Ejecucion_Matriz', lane: 'Lane_M_Gerencia',
      ext: { inputs: [['= []', 'nuevasAcciones'], ['= false', 'incorporarNuevasAcciones'], ['= false', 'nuevaBarrera']] },
    },
    { id: 'Cada_Dos_Meses', type: 'startEvent', name: 'Cada dos meses', interrupting: false, parent: 'Reporte_Bimensual', lane: 'Lane_M_Planeacion', col: 4, event: { kind: 'timer', timeCycle: 'R/P2M' } },
    {
      id: 'Generar_Reporte_Logros', type: 'userTask', name: 'Generar el reporte de logros de la iniciativa', parent: 'Reporte_Bimensual', lane: 'Lane_M_Planeacion', col: 5,
      doc: 'Planeación de Colombia Productiva genera el reporte de logros de la iniciativa sectorial con los logros que los líderes técnicos marcaron para reportar.',
      ext: { assignment: { institutions: CP, roles: 'planeacion' }, schedule: { due: 'P10D' } },
      form: { id: 'reporte-logros', fields: [
        ['logrosPeriodo', 'textarea', 'Logros significativos del bimestre', { required: true }],
        ['porcentajeCumplimiento', 'number', 'Porcentaje de acciones cumplidas', { required: true, min: 0, max: 100 }],
        ['alertasVigentes', 'textarea', 'Alertas vigentes'],
      ] },
    },
    {
      id: 'Publicar_Reporte_Logros', type: 'serviceTask', name: 'Publicar el reporte en el sitio web y remitirlo al Viceministerio', parent: 'Reporte_Bimensual', lane: 'Lane_M_Planeacion', col: 6,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Reporte de logros: " + sector', 'to-institutions': VICE, publish: 'sitio-web' } },
    },
    {
      id: 'Reunion_Seguimiento', type: 'userTask', name: 'Reunión de seguimiento interna', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 7,
      doc: 'Reunión interna convocada por la Gerencia General: se revisan los avances y alertas de la matriz y se decide si convocar a los actores a una reunión de logros.',
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: { due: 'P15D' } },
      form: { id: 'reunion-seguimiento-interna', fields: [
        ['revisionAvances', 'textarea', 'Avances y alertas revisados', { required: true }],
        ['convocarReunionLogros', 'checkbox', 'Convocar a los actores públicos y privados a una reunión de logros'],
      ] },
    },
    { id: 'Convocar_Logros_GW', type: 'exclusiveGateway', name: '¿Reunión de logros?', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 8, default: 'Flow_M_SinReunion' },
    {
      id: 'Reunion_Logros', type: 'userTask', name: 'Reunión de logros con actores públicos y privados', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 9,
      doc: 'Se muestran los avances, se informan las acciones que salieron de la matriz y se pueden llevar nuevas acciones validadas por sus responsables (en máximo dos reuniones de logros) o barreras relevantes para la mayoría de los actores.',
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: { due: 'P30D' }, outputs: [['= nuevasAcciones', 'nuevasAcciones']] },
      form: { id: 'reunion-logros', fields: [
        ['fechaReunionLogros', 'datetime', 'Fecha de la reunión', { required: true, subtype: 'date' }],
        ['avancesPresentados', 'textarea', 'Avances presentados', { required: true }],
        ['accionesRetiradasInformadas', 'textarea', 'Acciones retiradas de la matriz que se informaron'],
        ['incorporarNuevasAcciones', 'checkbox', 'Se incorporan nuevas acciones validadas por sus responsables'],
        ['nuevasAcciones', 'dynamiclist', 'Nuevas acciones', { fields: [
          ['id', 'textfield', 'Código de la acción', { required: true }],
          ['nombre', 'textfield', 'Acción', { required: true }],
          ['entidadResponsable', 'textfield', 'Entidad responsable (id del directorio)', { required: true }],
          ['liderTecnico', 'textfield', 'Líder técnico (id de la persona)', { required: true }],
          ['fechaVencimiento', 'datetime', 'Fecha de vencimiento', { required: true, subtype: 'date' }],
        ] }],
        ['nuevaBarrera', 'checkbox', 'Se identificó un cuello de botella relevante para la mayoría de los actores'],
        ['barreraIdentificada', 'textarea', 'Barrera y solución propuesta'],
        ['entidadSolucion', 'textfield', 'Entidad responsable de ejecutar la solución (id del directorio)'],
      ] },
    },
    { id: 'Resultados_Reunion_GW', type: 'inclusiveGateway', name: '¿Cambios en la matriz?', labelPos: 'above-left', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 10, default: 'Flow_M_SinCambios' },
    {
      id: 'Registrar_Incorporacion', type: 'scriptTask', name: 'Contar la reunión con nuevas acciones', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 11,
      script: 'reunionesConNuevasAcciones + 1', ext: { scriptResult: 'reunionesConNuevasAcciones' },
    },
    {
      id: 'Publicar_Actualizacion', type: 'serviceTask', name: 'Publicar la actualización de la matriz', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 12,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Actualización de la matriz: " + sector', 'to-institutions': `${CP},${VICE}`, publish: 'sitio-web' } },
    },
    {
      id: 'Seguimiento_Nuevas', type: 'callActivity', name: 'Seguimiento de cada nueva acción', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 13,
      calledElement: 'seguimiento-accion',
      mi: { sequential: false, cardinality: 'count(nuevasAcciones)' },
      ext: { inputs: [['= nuevasAcciones[loopCounter]', 'accion'], ['= sector', 'sector']], calledProcess: { binding: 'latest', propagateAllChildVariables: 'false' } },
    },
    { id: 'Nuevas_Terminadas', type: 'endEvent', name: 'Nuevas acciones terminadas', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', col: 14 },
    {
      id: 'Validar_Barrera', type: 'userTask', name: 'Validar la solución con la entidad responsable', parent: 'Reporte_Bimensual', lane: 'Lane_M_Lideres', row: 1, col: 11,
      doc: 'Colombia Productiva realiza el acercamiento con la entidad responsable de ejecutar la solución de la nueva barrera para validarla.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico' }, schedule: { due: 'P30D' } },
      form: { id: 'validar-barrera', fields: [
        ['solucionValidada', 'checkbox', 'La entidad responsable validó la solución'],
        ['resultadoAcercamiento', 'textarea', 'Resultado del acercamiento', { required: true }],
      ] },
    },
    { id: 'Barrera_Validada', type: 'endEvent', name: 'Acercamiento realizado', parent: 'Reporte_Bimensual', lane: 'Lane_M_Lideres', row: 1, col: 12 },
    { id: 'Sin_Cambios', type: 'endEvent', name: 'Matriz sin cambios', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', row: 1, col: 11 },
    { id: 'Sin_Reunion_Logros', type: 'endEvent', name: 'Sin reunión de logros', parent: 'Reporte_Bimensual', lane: 'Lane_M_Gerencia', row: 1, col: 9 },

    {
      id: 'Plazo_18_Meses', type: 'boundaryEvent', name: '18 meses de ejecución', attachedTo: 'Ejecucion_Matriz', side: 'bottom', at: 0.93,
      event: { kind: 'timer', timeDuration: 'P18M' }, labelPos: 'below-left', ext: { outputs: [['= "18 meses de ejecución"', 'motivoCierre']] },
    },
    { id: 'Cierre_GW', type: 'exclusiveGateway', lane: 'Lane_M_Planeacion', row: 1, col: 16, dy: 10 },
    {
      id: 'Informe_Cierre', type: 'userTask', name: 'Elaborar el informe de cierre', lane: 'Lane_M_Planeacion', row: 1, col: 17, dy: 10,
      doc: 'Cumplido el 100 % de las acciones o cumplidos 18 meses de ejecución, la matriz se cierra y se publica el informe de cierre con los logros alcanzados y los desafíos.',
      ext: { assignment: { institutions: CP, roles: 'planeacion' }, schedule: { due: 'P30D' } },
      form: { id: 'informe-cierre', fields: [
        ['logrosAlcanzados', 'textarea', 'Logros alcanzados', { required: true }],
        ['desafios', 'textarea', 'Desafíos', { required: true }],
        ['porcentajeFinal', 'number', 'Porcentaje final de acciones cumplidas', { required: true, min: 0, max: 100 }],
      ] },
    },
    {
      id: 'Publicar_Informe_Cierre', type: 'serviceTask', name: 'Publicar el informe de cierre', lane: 'Lane_M_Planeacion', row: 1, col: 18, dy: 10,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Informe de cierre de la matriz: " + sector + " (" + motivoCierre + ")"', 'to-institutions': `${CP},${VICE},mincit`, publish: 'sitio-web' } },
    },
    { id: 'Matriz_Cerrada', type: 'endEvent', name: 'Matriz cerrada', lane: 'Lane_M_Planeacion', row: 1, col: 19, dy: 10 },
  ],
  flows: [
    { id: 'Flow_M_1', from: 'Matriz_Inicio', to: 'Identificar_Alto_Nivel' },
    { id: 'Flow_M_2', from: 'Identificar_Alto_Nivel', to: 'Invitar_Alto_Nivel' },
    { id: 'Flow_M_3', from: 'Invitar_Alto_Nivel', to: 'Ejecucion_Matriz' },
    { id: 'Flow_M_4', from: 'Ejecucion_Inicio', to: 'Seguimiento_Acciones' },
    { id: 'Flow_M_5', from: 'Seguimiento_Acciones', to: 'Acciones_Terminadas' },
    { id: 'Flow_M_6', from: 'Cada_Dos_Meses', to: 'Generar_Reporte_Logros' },
    { id: 'Flow_M_7', from: 'Generar_Reporte_Logros', to: 'Publicar_Reporte_Logros' },
    { id: 'Flow_M_8', from: 'Publicar_Reporte_Logros', to: 'Reunion_Seguimiento' },
    { id: 'Flow_M_9', from: 'Reunion_Seguimiento', to: 'Convocar_Logros_GW' },
    { id: 'Flow_M_ConReunion', from: 'Convocar_Logros_GW', to: 'Reunion_Logros', name: 'Sí', cond: 'convocarReunionLogros = true' },
    { id: 'Flow_M_SinReunion', from: 'Convocar_Logros_GW', to: 'Sin_Reunion_Logros', name: 'No' },
    { id: 'Flow_M_10', from: 'Reunion_Logros', to: 'Resultados_Reunion_GW' },
    { id: 'Flow_M_NuevasAcciones', from: 'Resultados_Reunion_GW', to: 'Registrar_Incorporacion', name: 'Nuevas acciones', labelW: 60, labelAt: { col: 10, lane: 'Lane_M_Gerencia', dx: 30, dy: 4 }, cond: 'incorporarNuevasAcciones = true and count(nuevasAcciones) > 0 and reunionesConNuevasAcciones < 2' },
    { id: 'Flow_M_NuevaBarrera', from: 'Resultados_Reunion_GW', to: 'Validar_Barrera', name: 'Nueva barrera', cond: 'nuevaBarrera = true' },
    { id: 'Flow_M_SinCambios', from: 'Resultados_Reunion_GW', to: 'Sin_Cambios', name: 'Sin cambios' },
    { id: 'Flow_M_11', from: 'Registrar_Incorporacion', to: 'Publicar_Actualizacion' },
    { id: 'Flow_M_12', from: 'Publicar_Actualizacion', to: 'Seguimiento_Nuevas' },
    { id: 'Flow_M_13', from: 'Seguimiento_Nuevas', to: 'Nuevas_Terminadas' },
    { id: 'Flow_M_14', from: 'Validar_Barrera', to: 'Barrera_Validada' },
    { id: 'Flow_M_15', from: 'Ejecucion_Matriz', to: 'Cierre_GW', name: '100 % de las acciones' },
    { id: 'Flow_M_16', from: 'Plazo_18_Meses', to: 'Cierre_GW' },
    { id: 'Flow_M_17', from: 'Cierre_GW', to: 'Informe_Cierre' },
    { id: 'Flow_M_18', from: 'Informe_Cierre', to: 'Publicar_Informe_Cierre' },
    { id: 'Flow_M_19', from: 'Publicar_Informe_Cierre', to: 'Matriz_Cerrada' },
  ],
};

const accion = {
  id: 'Participant_Accion',
  name: 'Seguimiento de una acción de la matriz',
  processId: 'seguimiento-accion',
  processName: 'Seguimiento de una acción de la matriz sectorial',
  doc: 'Una instancia por acción (llamada desde ciclo-reportes-alertas). Variables de entrada: accion {id, nombre, entidadResponsable, liderTecnico, fechaVencimiento} y sector.',
  rowH: 120,
  lanes: [
    { id: 'Lane_A_Planeacion', name: 'Colombia Productiva · Planeación', rows: 2 },
    { id: 'Lane_A_Gerencia', name: 'Colombia Productiva · Gerencia General', rows: 2 },
    { id: 'Lane_A_Entidad', name: 'Entidad responsable de la acción' },
    { id: 'Lane_A_Lider', name: 'Colombia Productiva · Líder técnico de la acción', rows: 2, padBottom: 70 },
    { id: 'Lane_A_AltoNivel', name: 'Viceministra, Ministro y equipo de alto nivel', rows: 2, padTop: 40 },
  ],
  elements: [
    { id: 'Accion_Inicio', type: 'startEvent', name: 'Acción en la matriz', lane: 'Lane_A_Lider', col: 0 },
    {
      id: 'Ejecucion_Accion', type: 'subProcess', name: 'Ejecución y seguimiento de la acción', lane: 'Lane_A_Lider',
      doc: 'Reporte mensual en los últimos cinco días de cada mes y, en paralelo, las alertas por vencimiento. Termina cuando la acción se cumple o sale de la matriz.',
      extra: { bottom: 45 },
    },
    { id: 'Ejecucion_Inicio_A', type: 'startEvent', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 1 },
    { id: 'Ejecucion_Split', type: 'parallelGateway', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 2 },
    // Reporte mensual.
    { id: 'Mes_Merge', type: 'exclusiveGateway', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 3 },
    {
      id: 'Calcular_Ventana', type: 'scriptTask', name: 'Calcular la ventana de reporte del mes', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 4,
      doc: 'Ventana de reporte: los últimos cinco días del mes (desde el penúltimo-cuarto día a las 09:00). La entidad responde hasta dos días antes del fin de mes a las 18:00; el líder técnico registra hasta el último día a las 23:59. Si la acción entra a la matriz dentro de la ventana, reporta desde el mes siguiente.',
      script: VENTANA, ext: { scriptResult: 'ventana' },
    },
    { id: 'Ultimos_Cinco_Dias', type: 'intermediateCatchEvent', name: 'Últimos 5 días del mes', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 5, event: { kind: 'timer', timeDate: '= date and time(ventana.inicio)' } },
    {
      id: 'Reportar_Avance_Entidad', type: 'userTask', name: 'Reportar el avance a Colombia Productiva', parent: 'Ejecucion_Accion', lane: 'Lane_A_Entidad', col: 6,
      doc: 'Acercamiento mensual de Colombia Productiva a la entidad responsable de la ejecución de la acción.',
      ext: { assignment: { institutions: '= accion.entidadResponsable', roles: 'entidad-responsable' }, schedule: { due: '= date and time(ventana.limiteEntidad)' } },
      form: { id: 'reporte-entidad-accion', intro: 'Información de avance que la entidad responsable entrega a Colombia Productiva.', fields: [
        ['avanceReportado', 'textarea', 'Avance de la acción en el mes', { required: true }],
        ['porcentajeReportado', 'number', 'Porcentaje de avance estimado', { required: true, min: 0, max: 100 }],
        ['dificultades', 'textarea', 'Dificultades o apoyos requeridos'],
        ['evidencias', 'textfield', 'Enlace a evidencias'],
      ] },
    },
    { id: 'Sin_Respuesta', type: 'boundaryEvent', name: 'Sin respuesta de la entidad', attachedTo: 'Reportar_Avance_Entidad', side: 'bottom', at: 0.75, event: { kind: 'timer', timeDate: '= date and time(ventana.limiteEntidad)' } },
    { id: 'Sin_Respuesta_Split', type: 'parallelGateway', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', row: 1, col: 7 },
    { id: 'Escalar_Sin_Respuesta', type: 'endEvent', name: 'Alerta: entidad sin respuesta', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', row: 1, col: 8, event: { kind: 'escalation', ref: 'Escalation_SinRespuesta' } },
    { id: 'Registro_Merge', type: 'exclusiveGateway', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 8 },
    {
      id: 'Registrar_Avance', type: 'userTask', name: 'Registrar el avance mensual en la matriz', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 9,
      doc: 'El líder técnico registra el avance cuantitativo y cualitativo en la sección de seguimiento de la matriz, de acuerdo con lo reportado por la entidad responsable, y marca los logros relevantes que deben reportarse.',
      ext: { assignment: { institutions: CP, roles: 'lider-tecnico', assignee: '= accion.liderTecnico' }, schedule: { due: '= date and time(ventana.limite)' } },
      form: { id: 'registro-avance-mensual', fields: [
        ['avanceCuantitativo', 'number', 'Avance cuantitativo (%)', { required: true, min: 0, max: 100 }],
        ['avanceCualitativo', 'textarea', 'Avance cualitativo', { required: true }],
        ['accionCumplida', 'checkbox', 'La acción está cumplida'],
        ['logroRelevante', 'checkbox', 'Hay un logro relevante que debe reportarse'],
        ['descripcionLogro', 'textarea', 'Logro a reportar', { condition: '=not(logroRelevante)' }],
        ['prioridadLogro', 'select', 'Prioridad del logro', { values: [['alta', 'Alta'], ['media', 'Media'], ['baja', 'Baja']], condition: '=not(logroRelevante)' }],
      ] },
    },
    { id: 'Cumplida_GW', type: 'exclusiveGateway', name: '¿Acción cumplida?', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 10, default: 'Flow_A_SiguienteMes' },
    { id: 'Accion_Cumplida', type: 'endEvent', name: 'Acción cumplida', parent: 'Ejecucion_Accion', lane: 'Lane_A_Lider', col: 11, event: { kind: 'terminate' } },
    // Alertas por vencimiento.
    { id: 'Quince_Dias_Antes', type: 'intermediateCatchEvent', name: '15 días antes del vencimiento', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', col: 3, event: { kind: 'timer', timeDate: `= ${VENCE} - duration("P15D")` } },
    {
      id: 'Alerta_Proximo_Vencimiento', type: 'serviceTask', name: 'Enviar alerta de próximo vencimiento al líder técnico', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', col: 4,
      ext: { job: { type: 'notify' }, headers: { subject: '= "La acción " + accion.nombre + " vence el " + string(accion.fechaVencimiento)', 'to-people': '= accion.liderTecnico', from: 'colombia-productiva/planeacion' } },
    },
    { id: 'Un_Mes_Vencida', type: 'intermediateCatchEvent', name: 'Un mes de vencida', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', col: 5, event: { kind: 'timer', timeDate: `= ${VENCE} + duration("P1M")` } },
    { id: 'Vencida_Split', type: 'parallelGateway', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', col: 6 },
    { id: 'Escalar_Vencida', type: 'endEvent', name: 'Alerta: acción vencida', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', row: 1, col: 7, event: { kind: 'escalation', ref: 'Escalation_Vencimiento' } },
    { id: 'Dos_Meses_Vencida', type: 'intermediateCatchEvent', name: 'Más de dos meses de vencida', parent: 'Ejecucion_Accion', lane: 'Lane_A_Planeacion', col: 7, event: { kind: 'timer', timeDate: `= ${VENCE} + duration("P2M") + duration("P1D")` } },
    {
      id: 'Solucion_Alto_Nivel', type: 'userTask', name: 'Gestionar una solución de alto nivel', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 8,
      doc: 'El líder técnico y la Gerencia General de Colombia Productiva gestionan una solución de alto nivel para identificar y ejecutar medidas que logren el cumplimiento del compromiso vencido.',
      ext: { assignment: { institutions: CP, roles: 'gerente-general,lider-tecnico' }, schedule: { due: 'P15D' } },
      form: { id: 'solucion-alto-nivel', fields: [
        ['medidasAltoNivel', 'textarea', 'Medidas acordadas', { required: true }],
        ['responsablesMedidas', 'textfield', 'Responsables de las medidas', { required: true }],
        ['fechaCompromisoSolucion', 'datetime', 'Fecha límite para cumplir las medidas', { required: true, subtype: 'date' }],
      ] },
    },
    { id: 'Plazo_Solucion', type: 'intermediateCatchEvent', name: 'Plazo de la solución', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 9, event: { kind: 'timer', timeDate: '= date and time(date(fechaCompromisoSolucion), time("09:00:00"))' } },
    {
      id: 'Evaluar_Solucion', type: 'userTask', name: 'Evaluar el resultado de la solución de alto nivel', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 10,
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: { due: 'P5D' } },
      form: { id: 'evaluar-solucion-alto-nivel', fields: [
        ['resultadoSolucion', 'textarea', 'Resultado de las medidas', { required: true }],
        ['persisteIncumplimiento', 'checkbox', 'Persiste el incumplimiento'],
      ] },
    },
    { id: 'Persiste_GW', type: 'exclusiveGateway', name: '¿Persiste el incumplimiento?', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 11, default: 'Flow_A_Superado' },
    {
      id: 'Dar_Salida', type: 'userTask', name: 'Dar salida a la acción de la matriz', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 12,
      ext: { assignment: { institutions: CP, roles: 'gerente-general' }, schedule: { due: 'P5D' } },
      form: { id: 'salida-accion', fields: [
        ['motivoSalida', 'textarea', 'Motivo de la salida de la acción', { required: true }],
      ] },
    },
    {
      id: 'Informar_Salida', type: 'serviceTask', name: 'Informar la salida para la próxima reunión de logros', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 13,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Acción retirada de la matriz " + sector + ": " + accion.nombre', 'to-institutions': CP, 'to-roles': 'gerente-general,planeacion' } },
    },
    { id: 'Accion_Retirada', type: 'endEvent', name: 'Acción retirada', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', col: 14, event: { kind: 'terminate' } },
    { id: 'Incumplimiento_Superado', type: 'endEvent', name: 'Incumplimiento superado', parent: 'Ejecucion_Accion', lane: 'Lane_A_Gerencia', row: 1, col: 12 },

    // Alertas elevadas a la Viceministra y/o al Ministro, luego al equipo de alto nivel.
    {
      id: 'Alerta_Sin_Respuesta_B', type: 'boundaryEvent', name: 'Entidad sin respuesta', attachedTo: 'Ejecucion_Accion', interrupting: false, side: 'bottom', atColumn: 4,
      event: { kind: 'escalation', ref: 'Escalation_SinRespuesta' }, ext: { outputs: [['= "La entidad responsable no respondió a los acercamientos de Colombia Productiva"', 'motivoAlerta']] },
    },
    {
      id: 'Alerta_Vencida_B', type: 'boundaryEvent', name: 'Un mes de vencida', attachedTo: 'Ejecucion_Accion', interrupting: false, side: 'bottom', atColumn: 6,
      event: { kind: 'escalation', ref: 'Escalation_Vencimiento' }, ext: { outputs: [['= "La acción cumple un mes de vencida"', 'motivoAlerta']] },
    },
    { id: 'Alerta_Merge', type: 'exclusiveGateway', lane: 'Lane_A_AltoNivel', col: 6 },
    {
      id: 'Elevar_Alerta', type: 'serviceTask', name: 'Elevar la alerta a la Viceministra y/o al Ministro', lane: 'Lane_A_AltoNivel', col: 7,
      ext: { job: { type: 'notify' }, headers: { subject: '= "Alerta en la acción " + accion.nombre + ": " + motivoAlerta', 'to-institutions': `${VICE},mincit`, 'to-roles': 'viceministra,ministro' } },
    },
    {
      id: 'Atender_Alerta', type: 'userTask', name: 'Atender la alerta', lane: 'Lane_A_AltoNivel', col: 8,
      ext: { assignment: { institutions: `${VICE},mincit`, roles: 'viceministra,ministro' }, schedule: { due: 'P10D' } },
      form: { id: 'atender-alerta', fields: [
        ['gestionAlerta', 'textarea', 'Gestión realizada', { required: true }],
        ['requiereEquipoAltoNivel', 'checkbox', 'Elevar a otros miembros del equipo de alto nivel'],
      ] },
    },
    { id: 'Requiere_EAN_GW', type: 'exclusiveGateway', name: '¿Equipo de alto nivel?', lane: 'Lane_A_AltoNivel', col: 9, default: 'Flow_A_AlertaAtendida' },
    {
      id: 'Gestionar_EAN', type: 'userTask', name: 'Gestionar la alerta con el equipo de alto nivel', lane: 'Lane_A_AltoNivel', col: 10,
      ext: { assignment: { roles: 'equipo-alto-nivel' }, schedule: { due: 'P15D' } },
      form: { id: 'gestionar-alerta-alto-nivel', fields: [
        ['decisionesAltoNivel', 'textarea', 'Decisiones del equipo de alto nivel', { required: true }],
        ['compromisosAltoNivel', 'textarea', 'Compromisos adquiridos'],
      ] },
    },
    { id: 'Alerta_Gestionada', type: 'endEvent', name: 'Alerta gestionada', lane: 'Lane_A_AltoNivel', col: 11 },
    { id: 'Alerta_Atendida', type: 'endEvent', name: 'Alerta atendida', lane: 'Lane_A_AltoNivel', row: 1, col: 10 },
    { id: 'Accion_Fin', type: 'endEvent', name: 'Seguimiento de la acción terminado', lane: 'Lane_A_Lider', col: 16, event: { kind: 'terminate' } },
  ],
  flows: [
    { id: 'Flow_A_1', from: 'Accion_Inicio', to: 'Ejecucion_Accion' },
    { id: 'Flow_A_2', from: 'Ejecucion_Inicio_A', to: 'Ejecucion_Split' },
    { id: 'Flow_A_3', from: 'Ejecucion_Split', to: 'Mes_Merge' },
    { id: 'Flow_A_4', from: 'Mes_Merge', to: 'Calcular_Ventana' },
    { id: 'Flow_A_5', from: 'Calcular_Ventana', to: 'Ultimos_Cinco_Dias' },
    { id: 'Flow_A_6', from: 'Ultimos_Cinco_Dias', to: 'Reportar_Avance_Entidad' },
    { id: 'Flow_A_7', from: 'Reportar_Avance_Entidad', to: 'Registro_Merge' },
    { id: 'Flow_A_8', from: 'Sin_Respuesta', to: 'Sin_Respuesta_Split' },
    { id: 'Flow_A_9', from: 'Sin_Respuesta_Split', to: 'Escalar_Sin_Respuesta' },
    { id: 'Flow_A_10', from: 'Sin_Respuesta_Split', to: 'Registro_Merge' },
    { id: 'Flow_A_11', from: 'Registro_Merge', to: 'Registrar_Avance' },
    { id: 'Flow_A_12', from: 'Registrar_Avance', to: 'Cumplida_GW' },
    { id: 'Flow_A_Cumplida', from: 'Cumplida_GW', to: 'Accion_Cumplida', name: 'Sí', cond: 'accionCumplida = true' },
    { id: 'Flow_A_SiguienteMes', from: 'Cumplida_GW', to: 'Mes_Merge', name: 'No: mes siguiente', exit: 'bottom', enter: 'bottom', via: [{ col: 10, lane: 'Lane_A_Lider', row: 1, dy: 60 }, { col: 3, lane: 'Lane_A_Lider', row: 1, dy: 60 }] },
    { id: 'Flow_A_13', from: 'Ejecucion_Split', to: 'Quince_Dias_Antes' },
    { id: 'Flow_A_14', from: 'Quince_Dias_Antes', to: 'Alerta_Proximo_Vencimiento' },
    { id: 'Flow_A_15', from: 'Alerta_Proximo_Vencimiento', to: 'Un_Mes_Vencida' },
    { id: 'Flow_A_16', from: 'Un_Mes_Vencida', to: 'Vencida_Split' },
    { id: 'Flow_A_17', from: 'Vencida_Split', to: 'Escalar_Vencida' },
    { id: 'Flow_A_18', from: 'Vencida_Split', to: 'Dos_Meses_Vencida' },
    { id: 'Flow_A_19', from: 'Dos_Meses_Vencida', to: 'Solucion_Alto_Nivel' },
    { id: 'Flow_A_20', from: 'Solucion_Alto_Nivel', to: 'Plazo_Solucion' },
    { id: 'Flow_A_21', from: 'Plazo_Solucion', to: 'Evaluar_Solucion' },
    { id: 'Flow_A_22', from: 'Evaluar_Solucion', to: 'Persiste_GW' },
    { id: 'Flow_A_Persiste', from: 'Persiste_GW', to: 'Dar_Salida', name: 'Sí', cond: 'persisteIncumplimiento = true' },
    { id: 'Flow_A_Superado', from: 'Persiste_GW', to: 'Incumplimiento_Superado', name: 'No' },
    { id: 'Flow_A_23', from: 'Dar_Salida', to: 'Informar_Salida' },
    { id: 'Flow_A_24', from: 'Informar_Salida', to: 'Accion_Retirada' },
    { id: 'Flow_A_25', from: 'Alerta_Sin_Respuesta_B', to: 'Alerta_Merge' },
    { id: 'Flow_A_26', from: 'Alerta_Vencida_B', to: 'Alerta_Merge' },
    { id: 'Flow_A_27', from: 'Alerta_Merge', to: 'Elevar_Alerta' },
    { id: 'Flow_A_28', from: 'Elevar_Alerta', to: 'Atender_Alerta' },
    { id: 'Flow_A_29', from: 'Atender_Alerta', to: 'Requiere_EAN_GW' },
    { id: 'Flow_A_EAN', from: 'Requiere_EAN_GW', to: 'Gestionar_EAN', name: 'Sí', cond: 'requiereEquipoAltoNivel = true' },
    { id: 'Flow_A_AlertaAtendida', from: 'Requiere_EAN_GW', to: 'Alerta_Atendida', name: 'No' },
    { id: 'Flow_A_30', from: 'Gestionar_EAN', to: 'Alerta_Gestionada' },
    { id: 'Flow_A_31', from: 'Ejecucion_Accion', to: 'Accion_Fin' },
  ],
};

export default {
  id: 'ciclo_reportes_alertas',
  doc: 'Soluciones por la Reindustrialización: ciclo de reportes periódicos, alertas y escalamiento de una matriz sectorial (004_1ad93430e5e9101a.txt).',
  escalations: [
    { id: 'Escalation_SinRespuesta', name: 'Alerta: entidad sin respuesta', code: 'alerta-sin-respuesta' },
    { id: 'Escalation_Vencimiento', name: 'Alerta: acción vencida un mes', code: 'alerta-vencimiento' },
  ],
  pools: [matriz, accion],
};
