import { kind, label, problemAt, type Rule } from '../rule.js';

const MIME_TYPE = /^[A-Za-z0-9][\w!#$&^.+-]*\/[A-Za-z0-9][\w!#$&^.+-]*(\s*;.*)?$/;

/** textFormat of documentation and text annotations is a MIME type. */
export const textFormatRule: Rule = (model) =>
  model.all
    .filter((element) => typeof element.textFormat === 'string' && !MIME_TYPE.test(element.textFormat))
    .map((element) =>
      problemAt(model, element, 'text-format', `${kind(element)} ${label(element)} has textFormat "${element.textFormat}", which is not a MIME type such as "text/plain".`),
    );
