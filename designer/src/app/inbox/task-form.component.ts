import { ChangeDetectionStrategy, Component, type ElementRef, type OnDestroy, effect, input, output, viewChild } from '@angular/core';
import { Form } from '@bpmn-io/form-js';

/** What a form yields on submit: its data, and form-js's validation errors per field. */
export interface FormResult {
  data: Record<string, unknown>;
  errors: Record<string, unknown>;
}

/** A form-js viewer for a task's form schema, filled with the task's variables. */
@Component({
  selector: 'hito-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div #container class="form" data-testid="task-form"></div>`,
  styles: `.form { min-height: 2rem; }`,
})
export class TaskFormComponent implements OnDestroy {
  readonly schema = input.required<Record<string, unknown>>();
  readonly data = input<Record<string, unknown>>({});
  readonly readonly = input(false);
  /** Emits when the form's own submit button (if the schema has one) is used. */
  readonly submitted = output<FormResult>();
  private readonly container = viewChild.required<ElementRef<HTMLDivElement>>('container');
  private form?: Form;

  constructor() {
    effect(() => {
      const schema = this.schema();
      const data = this.data();
      const readonly = this.readonly();
      void this.render(schema, data, readonly);
    });
  }

  /** Validates and returns the form's data (errors non-empty when invalid). */
  submit(): FormResult {
    if (!this.form) return { data: {}, errors: {} };
    const result = this.form.submit() as FormResult;
    return { data: result.data ?? {}, errors: result.errors ?? {} };
  }

  ngOnDestroy(): void {
    this.form?.destroy();
  }

  private async render(schema: Record<string, unknown>, data: Record<string, unknown>, readonly: boolean): Promise<void> {
    this.form?.destroy();
    const form = new Form({ container: this.container().nativeElement, properties: { readOnly: readonly } });
    this.form = form;
    form.on('submit', (event: FormResult) => this.submitted.emit({ data: event.data ?? {}, errors: event.errors ?? {} }));
    await form.importSchema(schema, data);
  }
}
