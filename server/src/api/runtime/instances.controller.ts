import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { historyQueries, type HistoryRecord } from '../../audit/history.queries.js';
import type { ChainVerdict } from '../../audit/hash-chain.js';
import type { Principal } from '../../auth/principal.js';
import { DirectoryService } from '../../directory/directory.service.js';
import { taskQueries } from '../../inbox/task.queries.js';
import { instanceQueries, type InstanceView } from '../../persistence/instance.queries.js';
import { visibleToCandidate } from '../../inbox/task-visibility.js';
import { DurableRuntime } from '../../runtime/durable-runtime.js';
import { Authenticated, CurrentPrincipal, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { Idempotent } from '../idempotency.interceptor.js';
import { HistoryQueryDto, InstanceQueryDto, MoveTokenDto, StartInstanceDto, VariablesDto } from './runtime.dto.js';
import { candidacyOf, notFound, ParseKeyPipe, personActor, seesEverything } from './runtime-access.js';

@ApiTags('instances')
@Controller('instances')
export class InstancesController {
  constructor(private readonly runtime: DurableRuntime, private readonly db: DataSource, private readonly directory: DirectoryService) {}

  @Post()
  @Roles('process-owner', 'admin', 'participant')
  @Idempotent()
  @ApiOperation({ summary: 'Iniciar una instancia / start an instance', description: 'Latest version unless `version` is given.' })
  @ApiCreatedResponse({ description: 'The new instance' })
  @ApiProblems(400, 404, 409)
  async start(@Body() body: StartInstanceDto, @CurrentPrincipal() principal: Principal): Promise<InstanceView> {
    const versions = await this.db.query('SELECT 1 FROM process_definition WHERE bpmn_process_id = $1 AND ($2::int IS NULL OR version = $2) LIMIT 1', [body.bpmnProcessId, body.version ?? null]);
    if (versions.length === 0) throw notFound(`El proceso "${body.bpmnProcessId}"${body.version ? ` v${body.version}` : ''}`);
    const outcome = await this.runtime.execute(
      { type: 'CreateInstance', bpmnProcessId: body.bpmnProcessId, version: body.version, variables: body.variables ?? {} },
      { actor: personActor(principal), businessKey: body.businessKey },
    );
    return (await instanceQueries.byKey(this.db.manager, outcome.createdInstances[0]))!;
  }

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Instancias / instances', description: 'Participants see only instances they took part in.' })
  async list(@Query() query: InstanceQueryDto, @CurrentPrincipal() principal: Principal): Promise<{ items: InstanceView[]; total: number }> {
    let participantCondition: { sql: string; params: unknown[] } | undefined;
    if (!seesEverything(principal)) {
      const candidacy = await candidacyOf(this.directory, principal, this.runtime.clock.now());
      const params: unknown[] = [candidacy.people];
      participantCondition = {
        sql: `EXISTS (SELECT 1 FROM user_task t WHERE t.instance_key = i.key AND (t.completed_by = ANY($1::text[]) OR ${visibleToCandidate(candidacy, params)}))`,
        params,
      };
    }
    return instanceQueries.list(this.db.manager, { ...query, participantCondition });
  }

  @Get(':key')
  @Authenticated()
  @ApiOperation({ summary: 'Una instancia con sus elementos activos / one instance with its active elements' })
  @ApiProblems(404)
  async get(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal) {
    const instance = await this.visible(key, principal);
    const [activeElements, variables, incidents, userTasks] = await Promise.all([
      instanceQueries.activeElements(this.db.manager, key),
      instanceQueries.variables(this.db.manager, key),
      instanceQueries.incidents(this.db.manager, { instanceKey: key }),
      taskQueries.list(this.db.manager, { instanceKey: key, state: 'all', sort: 'created', limit: 500 }),
    ]);
    return { ...instance, activeElements, variables, incidents, userTasks: userTasks.items };
  }

  @Get(':key/history')
  @Authenticated()
  @ApiOperation({ summary: 'Historia (registros de eventos en orden) / history: the ordered event records', description: 'Filters: elementId, actor (person, worker or timer id), from, to (ISO-8601).' })
  @ApiProblems(400, 404)
  async history(@Param('key', ParseKeyPipe) key: number, @Query() query: HistoryQueryDto, @CurrentPrincipal() principal: Principal): Promise<{ records: HistoryRecord[] }> {
    await this.visible(key, principal);
    const records = await historyQueries.records(this.db.manager, key, {
      elementId: query.elementId,
      actor: query.actor,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    return { records };
  }

  @Get(':key/verify')
  @Authenticated()
  @ApiOperation({ summary: 'Verificar la cadena de hashes / verify the hash chain', description: 'Recomputes every record hash: any altered, removed or reordered record is reported.' })
  @ApiProblems(404)
  async verify(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal): Promise<ChainVerdict> {
    await this.visible(key, principal);
    return historyQueries.verify(this.db.manager, key);
  }

  @Post(':key/cancel')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancelar / cancel' })
  @ApiProblems(404, 409)
  cancel(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal) {
    return this.command(key, principal, { type: 'CancelInstance', instanceKey: key });
  }

  @Post(':key/suspend')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Suspender / suspend' })
  @ApiProblems(404, 409)
  suspend(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal) {
    return this.command(key, principal, { type: 'SuspendInstance', instanceKey: key });
  }

  @Post(':key/resume')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reanudar / resume' })
  @ApiProblems(404, 409)
  resume(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal) {
    return this.command(key, principal, { type: 'ResumeInstance', instanceKey: key });
  }

  @Patch(':key/variables')
  @Roles('process-owner', 'admin')
  @ApiOperation({ summary: 'Fijar variables / set variables' })
  @ApiProblems(400, 404, 409)
  variables(@Param('key', ParseKeyPipe) key: number, @Body() body: VariablesDto, @CurrentPrincipal() principal: Principal) {
    return this.command(key, principal, { type: 'SetVariables', instanceKey: key, variables: body.variables });
  }

  @Post(':key/move')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Mover un token a otro elemento / move a token to another element',
    description: 'Ends the active instances of fromElementId and starts toElementId in the same scope; the reason and who moved it are recorded (TOKEN_MOVED).',
  })
  @ApiProblems(400, 404, 409)
  move(@Param('key', ParseKeyPipe) key: number, @Body() body: MoveTokenDto, @CurrentPrincipal() principal: Principal) {
    return this.command(key, principal, { type: 'MoveToken', instanceKey: key, fromElementId: body.fromElementId, toElementId: body.toElementId, reason: body.reason, movedBy: principal.personId });
  }

  private async command(key: number, principal: Principal, command: Parameters<DurableRuntime['execute']>[0]): Promise<InstanceView> {
    await this.visible(key, principal);
    await this.runtime.execute(command, { actor: personActor(principal) });
    return (await instanceQueries.byKey(this.db.manager, key))!;
  }

  /** The instance, when it exists and the caller may see it (else 404: existence does not leak). */
  private async visible(key: number, principal: Principal): Promise<InstanceView> {
    const instance = await instanceQueries.byKey(this.db.manager, key);
    if (!instance) throw notFound(`La instancia ${key}`);
    if (seesEverything(principal)) return instance;
    const candidacy = await candidacyOf(this.directory, principal, this.runtime.clock.now());
    if (!(await taskQueries.tookPart(this.db.manager, key, candidacy))) throw notFound(`La instancia ${key}`);
    return instance;
  }
}
