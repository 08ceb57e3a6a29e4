import { Injectable, inject } from '@angular/core';
import { ApiService } from './api.service';
import type { DefinitionSummary, DeploymentResult, Page } from './models';

/** Deployments and deployed process definitions. */
@Injectable({ providedIn: 'root' })
export class DefinitionsApi {
  private readonly api = inject(ApiService);

  /** `POST /api/deployments`; a 422 carries `errors: [{ resource, elementId, rule, message, line }]`. */
  deploy(resources: { name: string; content: string }[]): Promise<DeploymentResult> {
    return this.api.post('/deployments', { resources });
  }

  async list(): Promise<DefinitionSummary[]> {
    const answer = await this.api.get<Page<DefinitionSummary> | DefinitionSummary[]>('/definitions');
    return Array.isArray(answer) ? answer : (answer.items ?? []);
  }

  xml(key: string | number): Promise<string> {
    return this.api.getText(`/definitions/${encodeURIComponent(String(key))}/xml`);
  }
}

/** The versions a deployment answered with, whatever the server called the list. */
export function deployedDefinitions(result: DeploymentResult): DefinitionSummary[] {
  return result.definitions ?? result.processes ?? [];
}
