import { Body, Controller, ForbiddenException, Get, HttpCode, Param, Post, Query, UnprocessableEntityException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Principal } from '../../auth/principal.js';
import type { Candidacy } from '../../directory/directory.types.js';
import { DirectoryService } from '../../directory/directory.service.js';
import type { Command } from '../../engine/protocol/index.js';
import { taskQueries, type TaskView } from '../../inbox/task.queries.js';
import { taskVisibleTo } from '../../inbox/task-visibility.js';
import { definitions } from '../../persistence/definition.repository.js';
import { instanceQueries } from '../../persistence/instance.queries.js';
import { DurableRuntime } from '../../runtime/durable-runtime.js';
import { Authenticated, CurrentPrincipal, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { Idempotent } from '../idempotency.interceptor.js';
import { AssigneeDto, CompleteDto, EscalateDto, TaskQueryDto } from './runtime.dto.js';
import { candidacyOf, notFound, ParseKeyPipe, personActor, seesEverything } from './runtime-access.js';

type TaskWithRow = NonNullable<Awaited<ReturnType<typeof taskQueries.byKey>>>;

@ApiTags('user tasks')
@Controller('user-tasks')
export class UserTasksController {
  constructor(private readonly runtime: DurableRuntime, private readonly db: DataSource, private readonly directory: DirectoryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Bandeja de tareas / task inbox',
    description: 'candidate=me: tasks the caller may work on (assigned to them, or to their institutions, roles or person, also as a substitute). Participants always get candidate=me.',
  })
  @ApiProblems(400)
  async list(@Query() query: TaskQueryDto, @CurrentPrincipal() principal: Principal): Promise<{ items: TaskView[]; total: number }> {
    const mine = query.candidate === 'me' || !seesEverything(principal);
    return taskQueries.list(this.db.manager, {
      state: query.state,
      instanceKey: query.instanceKey === undefined ? undefined : Number(query.instanceKey),
      bpmnProcessId: query.bpmnProcessId,
      assignee: query.assignee,
      institution: query.institution,
      dueBefore: query.dueBefore ? new Date(query.dueBefore) : undefined,
      candidacy: mine ? await candidacyOf(this.directory, principal, this.runtime.clock.now()) : undefined,
      sort: query.sort,
      limit: query.limit,
      offset: query.offset,
    });
  }

  @Get(':key')
  @Authenticated()
  @ApiOperation({ summary: 'Una tarea con sus variables y su formulario / one task with its variables and form' })
  @ApiProblems(404)
  async get(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal) {
    const { row: _row, ...task } = await this.visibleTask(key, principal);
    const [variables, form] = await Promise.all([
      instanceQueries.variables(this.db.manager, Number(task.instanceKey)),
      task.formId ? definitions.form(this.db.manager, task.formId) : Promise.resolve(null),
    ]);
    return { ...task, variables, form: form ?? null };
  }

  @Post(':key/claim')
  @Idempotent()
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Tomar la tarea / claim the task' })
  @ApiProblems(404, 409)
  async claim(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.workableTask(key, principal);
    return this.run(task, principal, { type: 'ClaimUserTask', userTaskKey: key, assignee: principal.personId });
  }

  @Post(':key/unclaim')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Devolver la tarea al grupo / unclaim' })
  @ApiProblems(404, 409)
  async unclaim(@Param('key', ParseKeyPipe) key: number, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.workableTask(key, principal);
    return this.run(task, principal, { type: 'UnclaimUserTask', userTaskKey: key });
  }

  @Post(':key/complete')
  @Idempotent()
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Completar con variables / complete with variables' })
  @ApiProblems(400, 404, 409)
  async complete(@Param('key', ParseKeyPipe) key: number, @Body() body: CompleteDto, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.workableTask(key, principal);
    return this.run(task, principal, { type: 'CompleteUserTask', userTaskKey: key, variables: body.variables ?? {} });
  }

  @Post(':key/assign')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Asignar a una persona / assign to a person' })
  @ApiProblems(400, 404, 409)
  async assign(@Param('key', ParseKeyPipe) key: number, @Body() body: AssigneeDto, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.visibleTask(key, principal);
    return this.run(task, principal, { type: 'ClaimUserTask', userTaskKey: key, assignee: body.assignee });
  }

  @Post(':key/delegate')
  @Authenticated()
  @HttpCode(200)
  @ApiOperation({ summary: 'Delegar en otra persona / delegate to another person', description: 'The assignee, a process owner or an admin.' })
  @ApiProblems(400, 403, 404, 409)
  async delegate(@Param('key', ParseKeyPipe) key: number, @Body() body: AssigneeDto, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.visibleTask(key, principal);
    const manager = principal.platformRoles.includes('process-owner') || principal.platformRoles.includes('admin');
    if (!manager && task.assignee !== principal.personId) {
      throw new ForbiddenException('Solo quien tiene la tarea puede delegarla. / Only the assignee may delegate the task.');
    }
    return this.run(task, principal, { type: 'DelegateUserTask', userTaskKey: key, assignee: body.assignee });
  }

  @Post(':key/escalate')
  @Roles('process-owner', 'admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Escalar: añadir candidatos o reasignar / escalate: add candidates or reassign',
    description: 'Recorded in the history with its reason and who asked. Candidates must exist in the directory.',
  })
  @ApiProblems(400, 404, 409, 422)
  async escalate(@Param('key', ParseKeyPipe) key: number, @Body() body: EscalateDto, @CurrentPrincipal() principal: Principal): Promise<TaskView> {
    const task = await this.visibleTask(key, principal);
    const missing = await this.directory.findMissing({
      institutions: body.addCandidateInstitutions ?? [],
      roles: body.addCandidateRoles ?? [],
      people: [...(body.addCandidatePeople ?? []), ...(body.assignee ? [body.assignee] : [])],
    });
    const unknown = [...missing.institutions, ...missing.roles, ...missing.people];
    if (unknown.length > 0) {
      throw new UnprocessableEntityException(`El directorio no conoce: ${unknown.join(', ')}. / Unknown in the directory: ${unknown.join(', ')}.`);
    }
    return this.run(task, principal, {
      type: 'EscalateUserTask',
      userTaskKey: key,
      reason: body.reason,
      addCandidateInstitutions: body.addCandidateInstitutions,
      addCandidateRoles: body.addCandidateRoles,
      addCandidatePeople: body.addCandidatePeople,
      assignee: body.assignee,
      escalatedBy: principal.personId,
    });
  }

  private async run(task: TaskWithRow, principal: Principal, command: Command): Promise<TaskView> {
    const onBehalfOf = await this.actingFor(task, principal);
    await this.runtime.execute(command, { actor: personActor(principal, onBehalfOf) });
    const { row: _row, ...updated } = (await taskQueries.byKey(this.db.manager, Number(task.key)))!;
    return updated;
  }

  /** When a substitute acts, the person whose task it is; undefined when the caller acts for themself. */
  private async actingFor(task: TaskWithRow, principal: Principal): Promise<string | undefined> {
    const candidacy = await candidacyOf(this.directory, principal, this.runtime.clock.now());
    const own = await this.ownCandidacy(candidacy.personId);
    if (taskVisibleTo(task.row, own)) return undefined;
    for (const { person } of candidacy.onBehalfOf) {
      if (taskVisibleTo(task.row, await this.ownCandidacy(person))) return person;
    }
    return undefined;
  }

  private async ownCandidacy(personId: string): Promise<Candidacy> {
    const candidacy = await this.directory.candidatesFor(personId, new Date(this.runtime.clock.now()));
    const roles = candidacy.roles; // memberships of substituted people are filtered below
    const memberships = await this.directory.candidatesFor(personId, new Date(0));
    return { ...candidacy, people: [personId], institutionIds: memberships.institutionIds, roles: memberships.roles.length ? memberships.roles : roles, roleNames: memberships.roleNames, onBehalfOf: [] };
  }

  /** The task, when it exists and the caller may see it (else 404). */
  private async visibleTask(key: number, principal: Principal): Promise<TaskWithRow> {
    const task = await taskQueries.byKey(this.db.manager, key);
    if (!task) throw notFound(`La tarea ${key}`);
    if (seesEverything(principal)) return task;
    const candidacy = await candidacyOf(this.directory, principal, this.runtime.clock.now());
    if (!taskVisibleTo(task.row, candidacy) && task.row.completed_by === null) throw notFound(`La tarea ${key}`);
    if (!taskVisibleTo(task.row, candidacy) && !candidacy.people.includes(task.row.completed_by!)) throw notFound(`La tarea ${key}`);
    return task;
  }

  /** The task, when the caller may work on it: a candidate (or its assignee), also as a substitute. */
  private async workableTask(key: number, principal: Principal): Promise<TaskWithRow> {
    const task = await taskQueries.byKey(this.db.manager, key);
    if (!task) throw notFound(`La tarea ${key}`);
    const candidacy = await candidacyOf(this.directory, principal, this.runtime.clock.now());
    if (taskVisibleTo(task.row, candidacy)) return task;
    if (seesEverything(principal)) {
      throw new ForbiddenException('Solo los candidatos de la tarea pueden trabajar en ella. / Only the task\'s candidates may work on it.');
    }
    throw notFound(`La tarea ${key}`);
  }
}
