import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PersonViewDto } from '../directory/directory.dto.js';

export class LoginDto {
  @ApiProperty({ example: 'felipe-ortiz', description: 'Correo o id de persona / email or person id' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(320)
  username!: string;

  @ApiProperty({ example: 'demo-hito-2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'El refresh token recibido al iniciar sesión o al renovar' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken!: string;
}

export class TokensDto {
  @ApiProperty({ description: 'JWT de acceso (15 minutos); enviarlo como `Authorization: Bearer …`' })
  accessToken!: string;
  @ApiProperty({ example: 'Bearer' })
  tokenType!: 'Bearer';
  @ApiProperty({ example: 900 })
  expiresIn!: number;
  @ApiProperty({ description: 'Se rota en cada uso; usar uno ya usado cierra la sesión' })
  refreshToken!: string;
  @ApiProperty({ example: 1209600 })
  refreshExpiresIn!: number;
}

export class SignInDto extends TokensDto {
  @ApiProperty({ type: PersonViewDto })
  person!: PersonViewDto;
}

class RoleInInstitutionDto {
  @ApiProperty() institution!: string;
  @ApiProperty() role!: string;
}

class OnBehalfOfDto {
  @ApiProperty() person!: string;
  @ApiProperty() substitution!: string;
  @ApiProperty() until!: string;
}

export class CandidacyDto {
  @ApiProperty() personId!: string;
  @ApiProperty() at!: string;
  @ApiProperty({ type: [String] }) people!: string[];
  @ApiProperty({ type: [String] }) institutionIds!: string[];
  @ApiProperty({ type: [RoleInInstitutionDto] }) roles!: RoleInInstitutionDto[];
  @ApiProperty({ type: [String] }) roleNames!: string[];
  @ApiProperty({ type: [OnBehalfOfDto] }) onBehalfOf!: OnBehalfOfDto[];
}

export class MeDto {
  @ApiProperty({ type: PersonViewDto }) person!: PersonViewDto;
  @ApiProperty({ type: CandidacyDto, description: 'Por quién actúa ahora (incluye suplencias vigentes)' })
  actingFor!: CandidacyDto;
}
