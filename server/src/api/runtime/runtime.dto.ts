import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';

/** An ISO-8601 duration such as P1M, PT10H or P1DT2H. */
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

export class ResourceDto {
  @ApiProperty({ example: 'aprobacion.bpmn', description: '.bpmn (BPMN 2.0 XML) or .form (form-js JSON)' })
  @IsString() @Matches(/\.(bpmn|bpmn20\.xml|xml|form)$/, { message: 'name must end in .bpmn, .xml or .form' }) @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'The file content as text' })
  @IsString() @MinLength(1) @MaxLength(5_000_000)
  content!: string;
}

export class DeployDto {
  @ApiProperty({ type: [ResourceDto] })
  @ValidateNested({ each: true }) @Type(() => ResourceDto) @ArrayMinSize(1) @ArrayMaxSize(50)
  resources!: ResourceDto[];
}

export class StartInstanceDto {
  @ApiProperty({ example: 'ciclo-reportes-alertas' }) @IsString() @MinLength(1) @MaxLength(200)
  bpmnProcessId!: string;

  @ApiPropertyOptional({ description: 'A deployed version; the latest when absent' }) @IsOptional() @IsInt() @Min(1)
  version?: number;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject()
  variables?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'SECTOR-TIC-2027' }) @IsOptional() @IsString() @MaxLength(200)
  businessKey?: string;
}

export class VariablesDto {
  @ApiProperty({ type: 'object', additionalProperties: true }) @IsObject()
  variables!: Record<string, unknown>;
}

export class MoveTokenDto {
  @ApiProperty({ example: 'Revisar' }) @IsString() @MinLength(1) @MaxLength(200)
  fromElementId!: string;

  @ApiProperty({ example: 'Aprobar' }) @IsString() @MinLength(1) @MaxLength(200)
  toElementId!: string;

  @ApiProperty({ example: 'La revisión se hizo en la mesa del 12 de marzo' }) @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;
}

export class CompleteDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject()
  variables?: Record<string, unknown>;
}

export class AssigneeDto {
  @ApiProperty({ example: 'ana-gomez' }) @IsString() @MinLength(1) @MaxLength(200)
  assignee!: string;
}

export class EscalateDto {
  @ApiProperty({ example: 'La entidad no responde hace un mes' }) @IsString() @MinLength(1) @MaxLength(2000)
  reason!: string;

  @ApiPropertyOptional({ example: ['viceministerio-desarrollo-empresarial'] }) @IsOptional() @IsString({ each: true }) @ArrayMaxSize(50)
  addCandidateInstitutions?: string[];

  @ApiPropertyOptional({ example: ['viceministra'] }) @IsOptional() @IsString({ each: true }) @ArrayMaxSize(50)
  addCandidateRoles?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString({ each: true }) @ArrayMaxSize(50)
  addCandidatePeople?: string[];

  @ApiPropertyOptional({ description: 'Reassign to this person' }) @IsOptional() @IsString() @MaxLength(200)
  assignee?: string;
}

export class MessageDto {
  @ApiProperty({ example: 'informe-recibido' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'ACC-12' }) @IsOptional() @IsString() @MaxLength(500)
  correlationKey?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject()
  variables?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'P7D', description: 'ISO-8601 duration the message waits for a subscriber when none waits now' })
  @IsOptional() @Matches(DURATION, { message: 'timeToLive must be an ISO-8601 duration such as P7D' })
  timeToLive?: string;
}

export class SignalDto {
  @ApiProperty({ example: 'cierre-matriz' }) @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) @IsOptional() @IsObject()
  variables?: Record<string, unknown>;
}

export class ActivateJobsDto {
  @ApiProperty({ example: 'notify' }) @IsString() @MinLength(1) @MaxLength(200)
  type!: string;

  @ApiProperty({ example: 'worker-1' }) @IsString() @MinLength(1) @MaxLength(200)
  worker!: string;

  @ApiPropertyOptional({ default: 10 }) @IsOptional() @IsInt() @Min(1) @Max(100)
  maxJobs?: number;

  @ApiPropertyOptional({ default: 60000, description: 'Milliseconds the jobs stay locked to this worker' })
  @IsOptional() @IsInt() @Min(1000) @Max(86_400_000)
  lockDuration?: number;
}

export class FailJobDto {
  @ApiProperty({ description: 'Retries left; 0 raises an incident' }) @IsInt() @Min(0) @Max(100)
  retries!: number;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000)
  message?: string;

  @ApiPropertyOptional({ description: 'Milliseconds before the job may be fetched again' }) @IsOptional() @IsInt() @Min(0) @Max(86_400_000)
  retryBackoff?: number;
}

export class JobErrorDto {
  @ApiProperty({ example: 'ENTIDAD_NO_RESPONDE' }) @IsString() @MinLength(1) @MaxLength(200)
  errorCode!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(4000)
  message?: string;
}

export class ClockDto {
  @ApiPropertyOptional({ example: 'P1M' }) @IsOptional() @Matches(DURATION, { message: 'advance must be an ISO-8601 duration such as P1M' })
  advance?: string;

  @ApiPropertyOptional({ example: '2027-06-30T09:00:00Z' }) @IsOptional() @IsISO8601({ strict: true })
  to?: string;
}

export class TaskQueryDto {
  @IsOptional() @IsIn(['open', 'all']) state?: 'open' | 'all';
  @IsOptional() @IsIn(['me']) candidate?: 'me';
  @IsOptional() @IsString() assignee?: string;
  @IsOptional() @IsString() institution?: string;
  @IsOptional() @Matches(/^\d+$/) instanceKey?: string;
  @IsOptional() @IsString() bpmnProcessId?: string;
  @IsOptional() @IsISO8601() dueBefore?: string;
  @IsOptional() @IsIn(['due', 'created', 'priority']) sort?: 'due' | 'created' | 'priority';
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class InstanceQueryDto {
  @IsOptional() @IsString() bpmnProcessId?: string;
  @IsOptional() @IsIn(['active', 'suspended', 'completed', 'terminated', 'failed']) state?: string;
  @IsOptional() @IsString() businessKey?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}

export class HistoryQueryDto {
  @IsOptional() @IsString() elementId?: string;
  @IsOptional() @IsString() actor?: string;
  @IsOptional() @IsISO8601() from?: string;
  @IsOptional() @IsISO8601() to?: string;
}
