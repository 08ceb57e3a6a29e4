/** Interface texts, Spanish first. Every key must exist in both languages (the type checks it). */
export const MESSAGES = {
  es: {
    'app.title': 'Hito',
    'app.tagline': 'Metodologías ejecutables',
    'nav.designer': 'Diseñador',
    'lang.switch': 'English',
    'lang.switch.label': 'Cambiar el idioma a inglés',
    'modeler.new': 'Nuevo',
    'modeler.open': 'Abrir .bpmn',
    'modeler.download': 'Descargar .bpmn',
    'modeler.canvas': 'Lienzo BPMN',
    'modeler.opened': 'Diagrama abierto: {name}',
    'modeler.error': 'No se pudo abrir el diagrama: {message}',
    'modeler.ready': 'Diagrama nuevo listo',
  },
  en: {
    'app.title': 'Hito',
    'app.tagline': 'Executable methodologies',
    'nav.designer': 'Designer',
    'lang.switch': 'Español',
    'lang.switch.label': 'Switch the language to Spanish',
    'modeler.new': 'New',
    'modeler.open': 'Open .bpmn',
    'modeler.download': 'Download .bpmn',
    'modeler.canvas': 'BPMN canvas',
    'modeler.opened': 'Diagram opened: {name}',
    'modeler.error': 'The diagram could not be opened: {message}',
    'modeler.ready': 'New diagram ready',
  },
} as const;

export type Language = keyof typeof MESSAGES;
export type MessageKey = keyof (typeof MESSAGES)['es'];
