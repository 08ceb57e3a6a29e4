import { Body, Controller, Get, Header, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import { definitions, type DeployedDefinition } from '../../persistence/definition.repository.js';
import { DurableRuntime, type DeploymentOutcome } from '../../runtime/durable-runtime.js';
import { InvalidDeploymentError } from '../../runtime/errors.js';
import { Authenticated, CurrentPrincipal, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { DeployDto } from './runtime.dto.js';
import { notFound, ParseKeyPipe, personActor } from './runtime-access.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The part of a multer file this controller reads. */
interface UploadedFile {
  originalname: string;
  buffer: Buffer;
}

@ApiTags('deployments')
@Controller()
export class DeploymentsController {
  constructor(private readonly runtime: DurableRuntime, private readonly db: DataSource) {}

  @Post('deployments')
  @Roles('process-owner', 'admin')
  @UseInterceptors(FilesInterceptor('files', 50, { limits: { fileSize: MAX_FILE_BYTES } }))
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiOperation({
    summary: 'Desplegar procesos y formularios / deploy processes and forms',
    description: 'JSON `{ resources: [{ name, content }] }` or multipart files (`-F files=@x.bpmn`). All or nothing: with any problem, nothing is deployed and 422 lists every problem with its resource, element id, rule and line.',
  })
  @ApiCreatedResponse({ description: 'The new versions' })
  @ApiProblems(400, 413, 422)
  deploy(@Body() body: Partial<DeployDto>, @UploadedFiles() files: UploadedFile[] | undefined, @CurrentPrincipal() principal: Principal): Promise<DeploymentOutcome> {
    const uploaded = (files ?? []).map((file) => ({ name: file.originalname, content: file.buffer.toString('utf8') }));
    const resources = [...(body.resources ?? []), ...uploaded];
    if (resources.length === 0) {
      throw new InvalidDeploymentError([{ resource: '', rule: 'empty-deployment', message: 'A deployment needs at least one .bpmn or .form file (JSON "resources" or multipart "files").' }]);
    }
    return this.runtime.deploy(resources, personActor(principal));
  }

  @Get('definitions')
  @Authenticated()
  @ApiOperation({ summary: 'Última versión de cada proceso / latest version of every process' })
  latest(): Promise<DeployedDefinition[]> {
    return definitions.latest(this.db.manager);
  }

  @Get('definitions/:bpmnProcessId/versions')
  @Authenticated()
  @ApiOperation({ summary: 'Versiones de un proceso / versions of a process' })
  @ApiProblems(404)
  async versions(@Param('bpmnProcessId') bpmnProcessId: string): Promise<DeployedDefinition[]> {
    const versions = await definitions.versions(this.db.manager, bpmnProcessId);
    if (versions.length === 0) throw notFound(`El proceso "${bpmnProcessId}"`);
    return versions;
  }

  @Get('definitions/:key')
  @Authenticated()
  @ApiOperation({ summary: 'Una versión desplegada / one deployed version' })
  @ApiProblems(404)
  async definition(@Param('key', ParseKeyPipe) key: number): Promise<DeployedDefinition> {
    const found = await definitions.byKey(this.db.manager, key);
    if (!found) throw notFound(`La definición ${key}`);
    return found;
  }

  @Get('definitions/:key/xml')
  @Authenticated()
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiOperation({ summary: 'El BPMN XML desplegado / the deployed BPMN XML' })
  @ApiOkResponse({ content: { 'application/xml': {} } })
  @ApiProblems(404)
  async xml(@Param('key', ParseKeyPipe) key: number): Promise<string> {
    const xml = await definitions.xml(this.db.manager, key);
    if (xml === undefined) throw notFound(`La definición ${key}`);
    return xml;
  }

  @Get('forms/:formId')
  @Authenticated()
  @ApiOperation({ summary: 'Esquema form-js (última versión) / form-js schema (latest version)' })
  @ApiProblems(404)
  async form(@Param('formId') formId: string): Promise<unknown> {
    const schema = await definitions.form(this.db.manager, formId);
    if (schema === undefined) throw notFound(`El formulario "${formId}"`);
    return schema;
  }
}
