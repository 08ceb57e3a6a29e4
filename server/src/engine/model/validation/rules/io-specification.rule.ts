import { isElement, type Element } from '../model-index.js';
import type { Problem } from '../problem.js';
import { label, problemAt, type Rule } from '../rule.js';

function refs(value: unknown): Element[] {
  return Array.isArray(value) ? value.filter(isElement) : [];
}

/** Input and output sets cover every data input/output and reference each other consistently (EXT.084, 085, 087, 088, 090). */
export const ioSpecificationRule: Rule = (model) => {
  const problems: Problem[] = [];
  for (const spec of model.ofType('bpmn:InputOutputSpecification')) {
    const owner = model.parent(spec) ?? spec;
    const inputSets = refs(spec.inputSets);
    const outputSets = refs(spec.outputSets);
    for (const input of refs(spec.dataInputs)) {
      if (!inputSets.some((set) => refs(set.dataInputRefs).includes(input))) {
        problems.push(problemAt(model, input, 'io-set-membership', `Data input ${label(input)} of ${label(owner)} is in no input set: every data input must be listed by at least one.`));
      }
    }
    for (const output of refs(spec.dataOutputs)) {
      if (!outputSets.some((set) => refs(set.dataOutputRefs).includes(output))) {
        problems.push(problemAt(model, output, 'io-set-membership', `Data output ${label(output)} of ${label(owner)} is in no output set: every data output must be listed by at least one.`));
      }
    }
    for (const set of inputSets) {
      for (const optional of refs(set.optionalInputRefs).filter((input) => !refs(set.dataInputRefs).includes(input))) {
        problems.push(problemAt(model, owner, 'io-set-membership', `Input set ${label(set)} of ${label(owner)} lists ${label(optional)} as optional but not among its data inputs.`));
      }
      for (const input of refs(set.whileExecutingInputRefs).filter((candidate) => !refs(set.dataInputRefs).includes(candidate))) {
        problems.push(problemAt(model, owner, 'io-set-membership', `Input set ${label(set)} of ${label(owner)} lists ${label(input)} as while-executing but not among its data inputs.`));
      }
      for (const outputSet of refs(set.outputSetRefs).filter((candidate) => !refs(candidate.inputSetRefs).includes(set))) {
        problems.push(problemAt(model, owner, 'io-set-link', `Input set ${label(set)} of ${label(owner)} refers to output set ${label(outputSet)}, which does not refer back to it.`));
      }
    }
    for (const set of outputSets) {
      for (const optional of refs(set.optionalOutputRefs).filter((output) => !refs(set.dataOutputRefs).includes(output))) {
        problems.push(problemAt(model, owner, 'io-set-membership', `Output set ${label(set)} of ${label(owner)} lists ${label(optional)} as optional but not among its data outputs.`));
      }
      for (const output of refs(set.whileExecutingOutputRefs).filter((candidate) => !refs(set.dataOutputRefs).includes(candidate))) {
        problems.push(problemAt(model, owner, 'io-set-membership', `Output set ${label(set)} of ${label(owner)} lists ${label(output)} as while-executing but not among its data outputs.`));
      }
      for (const inputSet of refs(set.inputSetRefs).filter((candidate) => !refs(candidate.outputSetRefs).includes(set))) {
        problems.push(problemAt(model, owner, 'io-set-link', `Output set ${label(set)} of ${label(owner)} refers to input set ${label(inputSet)}, which does not refer back to it.`));
      }
    }
  }
  return problems;
};
