import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PLATFORM_ROLES, SLUG, type PlatformRole } from '../../directory/directory.types.js';

const SLUG_MESSAGE = '$property debe ser un id en minúsculas con guiones, p. ej. "colombia-productiva" / must be a slug';
const IsSlug = () => Matches(SLUG, { message: SLUG_MESSAGE });

export class HolidayDto {
  @ApiProperty({ example: '2026-07-20', description: 'Fecha ISO / ISO date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property debe ser una fecha AAAA-MM-DD / must be YYYY-MM-DD' })
  date!: string;

  @ApiPropertyOptional({ example: 'Día de la Independencia' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;
}

export class CalendarDto {
  @ApiProperty({ example: 'co' })
  @IsSlug()
  id!: string;

  @ApiProperty({ example: 'Colombia — lunes a viernes, festivos nacionales' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'CO', description: 'ISO 3166-1 alfa-2; el calendario por defecto del país' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiProperty({ example: 'America/Bogota' })
  @IsString()
  @IsNotEmpty()
  timeZone!: string;

  @ApiProperty({ example: [1, 2, 3, 4, 5], description: 'Días hábiles ISO: 1 lunes … 7 domingo' })
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingDays!: number[];

  @ApiProperty({ type: [HolidayDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => HolidayDto)
  holidays!: HolidayDto[];
}

export class CalendarUpdateDto extends OmitType(CalendarDto, ['id'] as const) {}

export class InstitutionDto {
  @ApiProperty({ example: 'colombia-productiva' })
  @IsSlug()
  id!: string;

  @ApiProperty({ example: 'Colombia Productiva' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'CP' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shortName?: string;

  @ApiPropertyOptional({ example: 'mincit', description: 'Institución madre / parent institution' })
  @IsOptional()
  @IsSlug()
  parent?: string;

  @ApiProperty({ example: 'CO' })
  @Matches(/^[A-Z]{2}$/, { message: '$property debe ser un código ISO 3166-1 alfa-2 / must be ISO 3166-1 alpha-2' })
  country!: string;

  @ApiProperty({ example: 'America/Bogota' })
  @IsString()
  @IsNotEmpty()
  timeZone!: string;

  @ApiPropertyOptional({ example: 'co', description: 'Sin calendario usa el de su madre o el de su país' })
  @IsOptional()
  @IsSlug()
  calendar?: string;
}

export class InstitutionUpdateDto extends OmitType(InstitutionDto, ['id'] as const) {}

export class RoleDto {
  @ApiProperty({ example: 'lider-tecnico' })
  @IsSlug()
  id!: string;

  @ApiProperty({ example: 'Líder técnico' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  description?: string;
}

export class RoleUpdateDto extends OmitType(RoleDto, ['id'] as const) {}

export class MembershipDto {
  @ApiProperty({ example: 'colombia-productiva' })
  @IsSlug()
  institution!: string;

  @ApiProperty({ example: ['lider-tecnico'] })
  @IsArray()
  @ArrayUnique()
  @Matches(SLUG, { each: true, message: SLUG_MESSAGE })
  roles!: string[];
}

export class PersonViewDto {
  @ApiProperty({ example: 'felipe-ortiz' })
  @IsSlug()
  id!: string;

  @ApiProperty({ example: 'Felipe Ortiz' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'felipe.ortiz@colombiaproductiva.demo' })
  @IsEmail()
  email!: string;

  @ApiProperty({ enum: PLATFORM_ROLES, isArray: true, example: ['participant'] })
  @IsArray()
  @ArrayUnique()
  @IsIn(PLATFORM_ROLES, { each: true })
  platformRoles!: PlatformRole[];

  @ApiProperty({ type: [MembershipDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MembershipDto)
  memberships!: MembershipDto[];

  @ApiProperty({ default: true })
  @IsOptional()
  @IsBoolean()
  active: boolean = true;
}

export class PersonCreateDto extends PersonViewDto {
  @ApiPropertyOptional({ minLength: 8, description: 'Sin contraseña no puede iniciar sesión local' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;
}

export class PersonUpdateDto extends OmitType(PersonViewDto, ['id'] as const) {}

export class PasswordDto {
  @ApiProperty({ minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;
}

export class SubstitutionCreateDto {
  @ApiProperty({ example: 'carolina-mejia', description: 'Quien se ausenta / who is away' })
  @IsSlug()
  person!: string;

  @ApiProperty({ example: 'daniel-becerra', description: 'Quien le suple / who stands in' })
  @IsSlug()
  substitute!: string;

  @ApiProperty({ example: '2026-07-06', description: 'Fecha (inicio del día) o fecha y hora ISO con zona' })
  @IsISO8601()
  from!: string;

  @ApiProperty({ example: '2026-07-17', description: 'Fecha (fin del día, inclusive) o fecha y hora ISO con zona (exclusiva)' })
  @IsISO8601()
  until!: string;

  @ApiPropertyOptional({ example: 'Vacaciones' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SubstitutionDto extends SubstitutionCreateDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;
}

export class ImportSummaryDto {
  @ApiProperty() calendars!: number;
  @ApiProperty() roles!: number;
  @ApiProperty() institutions!: number;
  @ApiProperty() people!: number;
  @ApiProperty() substitutes!: number;
}
